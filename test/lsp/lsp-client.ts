/**
 * A language-server client for the tests, as an editor is one: it starts
 * `node bin/logbook.js lsp --stdio` (the compiled code: `npm test` compiles
 * first; run `npm run compile` before running these alone), speaks
 * the protocol with vscode-jsonrpc, and keeps every diagnostics
 * notification so a test can wait for the one it expects (never sleeps).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'logbook.js');

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity: number;
  code: string;
  source: string;
  message: string;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, TextEdit[]> };
}

interface Waiter {
  uri: string;
  test: (diagnostics: Diagnostic[]) => boolean;
  resolve: (diagnostics: Diagnostic[]) => void;
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  stderr = '';
  /** The latest diagnostics published for each URI. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publication, in order. */
  readonly published: { uri: string; diagnostics: Diagnostic[] }[] = [];
  readonly #waiters: Waiter[] = [];
  readonly #versions = new Map<string, number>();
  readonly exited: Promise<number | null>;

  constructor(args: string[] = [], cwd?: string) {
    this.child = spawn(process.execPath, [BIN, 'lsp', '--stdio', ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.published.push(params);
      for (const waiter of [...this.#waiters]) {
        if (waiter.uri === params.uri && waiter.test(params.diagnostics)) {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
          waiter.resolve(params.diagnostics);
        }
      }
    });
    // Answer the server's requests as an editor would (registering file watchers, configuration).
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', () => []);
    this.connection.listen();
  }

  /** `initialize` + `initialized` with one workspace folder. */
  async initialize(folder: string | undefined, { watchFiles = true } = {}): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
    const uri = folder === undefined ? null : pathToFileURL(folder).href;
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: uri ? [{ uri, name: 'journal' }] : null,
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: watchFiles } },
        textDocument: { publishDiagnostics: {}, completion: {}, hover: {}, codeAction: {} },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Open a file of the journal, with its text on disk unless given. */
  async open(path: string, text = readFileSync(path, 'utf8')): Promise<string> {
    const uri = pathToFileURL(path).href;
    this.#versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  /** Replace a document's whole text (unsaved). */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.#versions.get(uri) ?? 1) + 1;
    this.#versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Replace a range of a document (an incremental change, as editors send while typing). */
  async edit(uri: string, range: Range, text: string): Promise<void> {
    const version = (this.#versions.get(uri) ?? 1) + 1;
    this.#versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Tell the server files changed on disk (1 created, 2 changed, 3 deleted), as the editor's watcher does. */
  async filesChanged(changes: { path: string; type: 1 | 2 | 3 }[]): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: changes.map(({ path, type }) => ({ uri: pathToFileURL(path).href, type })),
    });
  }

  /** The next diagnostics for a URI that pass the test (the latest ones, if they already do and `fresh` is false). */
  waitForDiagnostics(uri: string, test: (diagnostics: Diagnostic[]) => boolean = () => true, fresh = false): Promise<Diagnostic[]> {
    const current = this.diagnostics.get(uri);
    if (!fresh && current && test(current)) return Promise.resolve(current);
    return new Promise((resolve) => this.#waiters.push({ uri, test, resolve }));
  }

  completion(uri: string, position: Position): Promise<{ label: string; detail?: string; insertText?: string; textEdit?: TextEdit }[] | { items: { label: string }[] } | null> {
    return this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
  }

  hover(uri: string, position: Position): Promise<{ contents: { kind: string; value: string } } | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[] | null> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  /** `shutdown` then `exit`; resolves with the exit code. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** End the server if a test failed before shutting it down. */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}

/** Apply text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = ({ line, character }: Position) => lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}
