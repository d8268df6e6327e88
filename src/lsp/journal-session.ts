/**
 * One journal open in the editor: the same load → parse → check as
 * `logbook check`, run again after every edit with the editor's unsaved
 * text in place of the file on disk, and the findings of every file whose
 * findings changed handed on as diagnostics (an edit to a goal can change
 * the findings of the weeks that refer to it).
 *
 * Checks run in a worker thread (check-worker.ts), so the editor's
 * requests are answered at once even while a large journal is checked.
 * They never pile up: edits made while a check runs wait for one check
 * after it (a debounce as long as a check takes), a check made stale by an
 * edit is dropped, and a check that fails is logged and leaves the last
 * diagnostics in place.
 */
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ContentPath, IsoDate } from '../model/types.js';
import type { CheckerSetup, CheckReply, CheckRequest, JournalSummary } from './check-protocol.js';

export interface SessionOptions {
  /** Absolute path of the content folder (as the editor names it). */
  contentDir: string;
  /** The real path of the content folder (symbolic links resolved), when it differs. */
  realContentDir?: string;
  today?: IsoDate;
  /** Whether the editor reports files changed on disk (else closed files are read again on every check). */
  watched: () => boolean;
  /**
   * Milliseconds to wait after an edit for the next one before checking (default 0: the first
   * edit after a pause is checked at once, and the edits made while a check runs wait for one more).
   */
  debounceMs?: number;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

/** The worker, from the compiled code (dist/) even when this module runs as TypeScript. */
function workerScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/lsp/check-worker.js', import.meta.url) : new URL('./check-worker.js', import.meta.url);
}

export class JournalSession {
  readonly contentDir: string;
  readonly #options: SessionOptions;
  /** Open documents by content path: their text wins over the file on disk. */
  readonly #open = new Map<string, TextDocument>();
  /** Paths changed on disk since the last check began (`all`: any may have). */
  #forget: Set<string> | 'all' = new Set();
  /** What was last published for each path (JSON), only for paths with diagnostics. */
  readonly #published = new Map<string, string>();
  /** Bumped by every edit: a check that started before the last edit is stale. */
  #generation = 0;
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #again = false;
  #stopped = false;
  #worker: Worker | undefined;
  #answer: ((reply: CheckReply) => void) | undefined;
  /** The journal as last checked (for completion, hover and code actions). */
  last: JournalSummary | undefined;

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
    this.#forgetDisk([contentPath]);
    this.#changed();
  }

  /** Files changed on disk (created, saved elsewhere, renamed, deleted); none named: any may have. */
  diskChanged(contentPaths?: readonly string[]): void {
    this.#forgetDisk(contentPaths);
    this.#changed();
  }

  /** Check now (the first check of the session). */
  start(): void {
    this.#schedule(0);
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    void this.#worker?.terminate();
    this.#worker = undefined;
  }

  uriOf(contentPath: string): string {
    return this.#open.get(contentPath)?.uri ?? pathToFileURL(join(this.contentDir, contentPath)).href;
  }

  #forgetDisk(paths: readonly string[] | undefined): void {
    if (!paths) this.#forget = 'all';
    else if (this.#forget !== 'all') for (const path of paths) this.#forget.add(path);
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

  /** The check worker, started on first use and again after it died. */
  #checker(): Worker {
    if (this.#worker) return this.#worker;
    const setup: CheckerSetup = { contentDir: this.contentDir, today: this.#options.today };
    // Whatever the worker prints goes to stderr: stdout carries the protocol only.
    const worker = new Worker(workerScript(), { workerData: setup, stdout: true, stderr: true });
    worker.stdout.pipe(process.stderr);
    worker.stderr.pipe(process.stderr);
    const fail = (error: string) => {
      if (this.#worker === worker) this.#worker = undefined;
      this.#answer?.({ ok: false, error });
    };
    worker.on('message', (reply: CheckReply) => this.#answer?.(reply));
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`the check worker stopped (exit code ${code})`));
    this.#worker = worker;
    return worker;
  }

  async #run(): Promise<void> {
    this.#running = true;
    this.#again = false;
    const generation = this.#generation;
    const request: CheckRequest = {
      open: [...this.#open].map(([path, document]) => [path, document.getText()]),
      forget: this.#forget === 'all' ? 'all' : [...this.#forget],
      watched: this.#options.watched(),
    };
    this.#forget = new Set();
    const reply = await new Promise<CheckReply>((resolve) => {
      this.#answer = resolve;
      try {
        this.#checker().postMessage(request);
      } catch (error) {
        resolve({ ok: false, error: (error as Error).message });
      }
    });
    this.#answer = undefined;
    this.#running = false;
    if (reply.ok) {
      // An edit arrived while checking: these findings are already out of date.
      if (generation === this.#generation && !this.#stopped) {
        this.last = reply.summary;
        this.#publish(reply.files);
      }
    } else if (!this.#stopped) {
      // What the worker kept may be wrong now: read every file again next time.
      this.#forget = 'all';
      this.#options.log(`logbook lsp: could not check ${this.contentDir}: ${reply.error}`);
    }
    if (this.#again || generation !== this.#generation) this.#schedule(this.#options.debounceMs ?? 0);
  }

  #publish(files: [string, Diagnostic[]][]): void {
    const seen = new Set<string>();
    for (const [contentPath, diagnostics] of files) {
      seen.add(contentPath);
      const json = JSON.stringify(diagnostics);
      if (this.#published.get(contentPath) === json) continue;
      this.#published.set(contentPath, json);
      this.#options.publish(this.uriOf(contentPath), diagnostics);
    }
    // Files with no findings now (fixed, deleted, renamed) lose their diagnostics.
    for (const contentPath of [...this.#published.keys()]) {
      if (seen.has(contentPath)) continue;
      this.#published.delete(contentPath);
      this.#options.publish(this.uriOf(contentPath), []);
    }
  }
}
