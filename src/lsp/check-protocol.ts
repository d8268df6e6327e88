/** What the language server's main thread and its check worker (check-worker.ts) say to each other. */
import type { Diagnostic } from 'vscode-languageserver';
import type { GoalStatus, IsoDate } from '../model/types.js';

export interface CheckerSetup {
  /** Absolute path of the content folder. */
  contentDir: string;
  today?: IsoDate;
}

export interface CheckRequest {
  /** The editor's open documents: content path and unsaved text. */
  open: [string, string][];
  /** Paths (files or folders) changed on disk since the last check; `all` when unknown. */
  forget: string[] | 'all';
  /** Whether the editor reports changes on disk: if not, closed files are read again on every check. */
  watched: boolean;
}

/** What completion, hover and quick fixes need of the journal as last checked. */
export interface JournalSummary {
  goals: { slug: string; title: string; status: GoalStatus; due?: IsoDate; milestones: { done: number; total: number } }[];
  /** The goal template's section headings, in order. */
  sections: string[];
}

export type CheckReply =
  | {
      ok: true;
      /** Every file with findings, by content path (files without any are left out). */
      files: [string, Diagnostic[]][];
      summary: JournalSummary;
    }
  | { ok: false; error: string };
