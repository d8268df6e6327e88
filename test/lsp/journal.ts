/** Temporary journals for the language-server tests: a copy of the example journal, with mistakes put in. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { EXAMPLE_CONTENT, FIXTURE_TODAY } from '../helpers/fixtures.js';
import { recordingIo } from '../helpers/io.js';
import type { Diagnostic } from './lsp-client.js';

export { FIXTURE_TODAY };

export interface TempJournal {
  /** The workspace folder the editor opens (holding `content/`). */
  folder: string;
  content: string;
  path(contentPath: string): string;
  read(contentPath: string): string;
  write(contentPath: string, text: string): void;
  remove(): void;
}

/** A copy of the example journal in a temporary folder, `content/` inside it. */
export function tempJournal(): TempJournal {
  const folder = mkdtempSync(join(tmpdir(), 'logbook-lsp-'));
  const content = join(folder, 'content');
  cpSync(EXAMPLE_CONTENT, content, { recursive: true });
  return {
    folder,
    content,
    path: (contentPath) => join(content, contentPath),
    read: (contentPath) => readFileSync(join(content, contentPath), 'utf8'),
    write: (contentPath, text) => writeFileSync(join(content, contentPath), text),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export interface Record_ {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

/** `logbook check --format json` of a journal, run in its workspace folder. */
export async function checkJson(journal: TempJournal): Promise<Record_[]> {
  const io = recordingIo(journal.folder);
  await main(['check', '--format', 'json', '--today', FIXTURE_TODAY, '--no-cache'], io);
  return JSON.parse(io.out) as Record_[];
}

const SEVERITY = ['', 'error', 'warning', 'info'];

/** Diagnostics as `check`'s JSON records (paths relative to the workspace folder). */
export function asRecords(folder: string, byUri: Map<string, Diagnostic[]>): Record_[] {
  const records: Record_[] = [];
  for (const [uri, diagnostics] of byUri) {
    const file = relative(folder, fileURLToPath(uri));
    for (const diagnostic of diagnostics) {
      records.push({
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        severity: SEVERITY[diagnostic.severity]!,
        rule: diagnostic.code,
        message: diagnostic.message,
      });
    }
  }
  return sortRecords(records);
}

export function sortRecords(records: Record_[]): Record_[] {
  return [...records].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1)));
}
