/**
 * The language server: one `JournalSession` per journal found in the
 * editor's workspace folders, fed the editor's documents; completion,
 * hover and quick fixes read the journal as last checked. Only the
 * protocol goes to stdout; logbook's own messages go to stderr.
 */
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../cli/main.js';
import type { ContentPath, IsoDate } from '../model/types.js';
import { codeActions } from './code-actions.js';
import { complete } from './completion.js';
import { journalFolderAbove, journalFolderOf, realPathOf } from './find-journal.js';
import { hover } from './hover.js';
import { JournalSession } from './journal-session.js';

export interface ServerOptions {
  /** Where the content folder is, relative to each workspace folder (default: found as `check` finds it). */
  content?: string;
  today?: IsoDate;
  log(message: string): void;
}

/** A document of a journal: its session and content path. */
export interface Located {
  session: JournalSession;
  contentPath: ContentPath;
  document: TextDocument;
}

/** Serve over stdin and stdout until the editor says `exit` (the process then ends) or closes the pipe. */
export function startServer(options: ServerOptions): Promise<number> {
  // Anything a library prints must not corrupt the protocol on stdout.
  console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  serve(connection, options);
  connection.listen();
  return new Promise(() => {});
}

function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function serve(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const sessions: JournalSession[] = [];
  let initialized = false;
  // Whether the editor can watch files for us; without it, closed files are read again on every check.
  let watched = false;

  const openSession = (contentDir: string): JournalSession => {
    const existing = sessions.find((session) => session.contentDir === contentDir);
    if (existing) return existing;
    const real = realPathOf(contentDir);
    const session = new JournalSession({
      contentDir,
      realContentDir: real !== contentDir ? real : undefined,
      today: options.today,
      watched: () => watched,
      publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
      log: options.log,
    });
    sessions.push(session);
    if (initialized) session.start();
    return session;
  };

  const locate = (uri: string, openIfNone = false): Omit<Located, 'document'> | undefined => {
    const path = fsPathOf(uri);
    if (!path) return undefined;
    for (const session of sessions) {
      const contentPath = session.contentPathOf(path);
      if (contentPath) return { session, contentPath };
    }
    // No workspace folder holds it: a journal.yml above the file makes it a journal's.
    if (!openIfNone) return undefined;
    const folder = journalFolderAbove(path);
    if (!folder) return undefined;
    const session = openSession(folder);
    const contentPath = session.contentPathOf(path);
    return contentPath ? { session, contentPath } : undefined;
  };

  const locateDocument = (uri: string): Located | undefined => {
    const document = documents.get(uri);
    const found = document && locate(uri);
    return found && document ? { ...found, document } : undefined;
  };

  connection.onInitialize((params) => {
    watched = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    for (const uri of folders) {
      const path = fsPathOf(uri);
      const contentDir = path && journalFolderOf(path, options.content);
      if (contentDir) openSession(contentDir);
      else options.log(`logbook lsp: no journal in ${uri} (neither journal.yml nor a content/ folder).`);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['#', ':', ' '] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'logbook', version: version() },
    };
  });

  connection.onInitialized(() => {
    initialized = true;
    // Files renamed, deleted or changed outside the editor: the client watches them for us when it can.
    if (watched) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }).catch((error: Error) => {
        watched = false;
        options.log(`logbook lsp: the editor cannot watch files (${error.message}); files are read again on every check.`);
      });
    }
    for (const session of sessions) session.start();
  });

  documents.onDidChangeContent(({ document }) => {
    const found = locate(document.uri, true);
    found?.session.edited(found.contentPath, document);
  });
  documents.onDidClose(({ document }) => {
    const found = locate(document.uri);
    found?.session.closed(found.contentPath);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const bySession = new Map<JournalSession, string[]>();
    for (const change of changes) {
      const found = locate(change.uri);
      if (found) bySession.set(found.session, [...(bySession.get(found.session) ?? []), found.contentPath]);
    }
    for (const [session, paths] of bySession) session.diskChanged(paths);
  });

  connection.onCompletion((params) => {
    const found = locateDocument(params.textDocument.uri);
    return found ? complete(found, params.position) : null;
  });
  connection.onHover((params) => {
    const found = locateDocument(params.textDocument.uri);
    return found ? hover(found, params.position) : null;
  });
  connection.onCodeAction((params) => {
    const found = locateDocument(params.textDocument.uri);
    return found ? codeActions(found, params.context.diagnostics) : null;
  });

  connection.onShutdown(() => {
    for (const session of sessions) session.stop();
  });

  documents.listen(connection);
}
