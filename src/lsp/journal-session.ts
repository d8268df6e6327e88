/**
 * One journal open in the editor: the same load → parse → check as
 * `logbook check`, run again after every edit with the editor's unsaved
 * text in place of the file on disk, and the findings of every file whose
 * findings changed handed on as diagnostics (an edit to a goal can change
 * the findings of the weeks that refer to it).
 *
 * Checks never pile up: edits made while a check runs wait for one check
 * after it (a debounce as long as a check takes), an edit during a check makes that check stale (its results
 * are dropped) and starts one more after it, and a check that fails is
 * logged and leaves the last diagnostics in place.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadJournal, type CheckedJournal } from '../journal.js';
import type { FileReader } from '../load/read-content.js';
import type { ContentPath, IsoDate } from '../model/types.js';
import { toDiagnostics } from './diagnostics.js';
import { memoryParseCache } from './memory-cache.js';

export interface SessionOptions {
  /** Absolute path of the content folder (as the editor names it). */
  contentDir: string;
  /** The real path of the content folder (symbolic links resolved), when it differs. */
  realContentDir?: string;
  today?: IsoDate;
  /**
   * Milliseconds to wait after an edit for the next one before checking (default 0: the first
   * edit after a pause is checked at once, and the edits made while a check runs wait for one more).
   */
  debounceMs?: number;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

const encoder = new TextEncoder();

export class JournalSession {
  readonly contentDir: string;
  readonly #options: SessionOptions;
  /** Open documents by content path: their text wins over the file on disk. */
  readonly #open = new Map<string, TextDocument>();
  /** Bytes of closed files as last read, by content path. */
  #disk = new Map<string, Uint8Array>();
  /** Paths the editor said changed on disk while a check ran (their bytes from that check are not kept). */
  #changedDuringRun = new Set<string>();
  #diskForgotten = false;
  /** What was last published for each path (JSON), only for paths with diagnostics. */
  readonly #published = new Map<string, string>();
  readonly #cache = memoryParseCache();
  /** Bumped by every edit: a check that started before the last edit is stale. */
  #generation = 0;
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #again = false;
  #stopped = false;
  #idle: (() => void)[] = [];
  /** The journal as last checked (for completion, hover and code actions). */
  last: CheckedJournal | undefined;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.contentDir = options.contentDir;
  }

  /** The content path of a file, when it is inside this journal's folder. */
  contentPathOf(fsPath: string): ContentPath | undefined {
    for (const root of [this.contentDir, this.#options.realContentDir]) {
      if (!root) continue;
      const inside = relative(root, fsPath);
      if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || inside.startsWith(sep) || /^[a-zA-Z]:/.test(inside)) continue;
      return inside.split(sep).join('/') as ContentPath;
    }
    return undefined;
  }

  /** A document was opened or changed in the editor. */
  edited(contentPath: ContentPath, document: TextDocument): void {
    this.#open.set(contentPath, document);
    this.#changed();
  }

  /** A document was closed: its file on disk counts again. */
  closed(contentPath: ContentPath): void {
    if (!this.#open.delete(contentPath)) return;
    this.#forgetDisk(contentPath);
    this.#changed();
  }

  /** Files changed on disk (created, saved elsewhere, renamed, deleted); none named: any may have. */
  diskChanged(contentPaths?: readonly string[]): void {
    if (!contentPaths) {
      this.#disk = new Map();
      this.#diskForgotten = true;
    } else {
      for (const path of contentPaths) this.#forgetDisk(path);
    }
    this.#changed();
  }

  /** Check now (the first check of the session). */
  start(): void {
    this.#schedule(0);
  }

  /** Resolves once no check is running or waiting. */
  whenIdle(): Promise<void> {
    if (!this.#running && !this.#timer) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** The editor's document for a content path, if open. */
  documentOf(contentPath: string): TextDocument | undefined {
    return this.#open.get(contentPath);
  }

  uriOf(contentPath: string): string {
    return this.#open.get(contentPath)?.uri ?? pathToFileURL(join(this.contentDir, contentPath)).href;
  }

  #forgetDisk(path: string): void {
    this.#disk.delete(path);
    // A folder renamed or deleted: forget what was under it too.
    const prefix = `${path}/`;
    for (const known of this.#disk.keys()) if (known.startsWith(prefix)) this.#disk.delete(known);
    if (this.#running) this.#changedDuringRun.add(path);
  }

  #changed(): void {
    this.#generation++;
    this.#schedule(this.#options.debounceMs ?? 0);
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#run();
    }, delay);
  }

  async #run(): Promise<void> {
    this.#running = true;
    this.#again = false;
    this.#changedDuringRun = new Set();
    this.#diskForgotten = false;
    const generation = this.#generation;
    const kept = this.#disk;
    const next = new Map<string, Uint8Array>();
    const open = new Map(this.#open);
    const readFile: FileReader = ({ contentPath, absolute, link }) => {
      const document = open.get(contentPath);
      if (document) return encoder.encode(document.getText());
      const known = link ? undefined : kept.get(contentPath);
      const bytes = known ?? readFileSync(absolute);
      next.set(contentPath, bytes);
      return bytes;
    };
    try {
      const journal = await loadJournal({ contentDir: this.contentDir, cwd: this.contentDir, today: this.#options.today, cache: this.#cache, readFile });
      this.#cache.prune();
      if (!this.#diskForgotten) {
        for (const path of this.#changedDuringRun) {
          next.delete(path);
          for (const known of next.keys()) if (known.startsWith(`${path}/`)) next.delete(known);
        }
        this.#disk = next;
      }
      // An edit arrived while checking: these findings are already out of date.
      if (generation === this.#generation && !this.#stopped) {
        this.last = journal;
        this.#publish(journal);
      }
    } catch (error) {
      this.#options.log(`logbook lsp: could not check ${this.contentDir}: ${(error as Error).message}`);
    } finally {
      this.#running = false;
    }
    if (this.#again || generation !== this.#generation) this.#schedule(this.#options.debounceMs ?? 0);
    else for (const resolve of this.#idle.splice(0)) resolve();
  }

  #publish(journal: CheckedJournal): void {
    const seen = new Set<string>();
    for (const file of journal.files) {
      const contentPath = file.data.contentPath ?? (file.path as ContentPath);
      if (seen.has(contentPath)) continue;
      seen.add(contentPath);
      if (file.messages.length === 0) {
        if (this.#published.delete(contentPath)) this.#options.publish(this.uriOf(contentPath), []);
        continue;
      }
      const diagnostics = toDiagnostics(file);
      const json = JSON.stringify(diagnostics);
      if (this.#published.get(contentPath) === json) continue;
      this.#published.set(contentPath, json);
      this.#options.publish(this.uriOf(contentPath), diagnostics);
    }
    // Files gone from the journal (deleted, renamed) lose their diagnostics.
    for (const contentPath of [...this.#published.keys()]) {
      if (seen.has(contentPath)) continue;
      this.#published.delete(contentPath);
      this.#options.publish(this.uriOf(contentPath), []);
    }
  }
}
