/** `logbook serve`: a live preview on 127.0.0.1, rebuilt and reloaded on every save; Ctrl-C stops it. */
import { printable } from '../report/printable.js';
import { serveJournal, type ServeUpdate } from '../serve/serve-journal.js';
import { parseCommandArgs, UsageError } from './args.js';
import type { Io } from './io.js';
import { readToday } from './today.js';
import { openWorkspace } from '../workspace/workspace.js';

export interface ServeCommandOptions {
  /** Resolves when the server should stop (default: SIGINT or SIGTERM). */
  stopSignal?: Promise<unknown>;
}

export async function serveCommand(argv: string[], io: Io, { stopSignal = processStop() }: ServeCommandOptions = {}): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    content: { type: 'string', default: 'content' },
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    today: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
  });
  if (positionals.length > 0) throw new UsageError(`serve takes no arguments (got "${positionals[0]}")`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (got "${values.port}")`);

  const session = await serveJournal({
    contentDir: values.content,
    cwd: io.cwd,
    host: values.host,
    port,
    today: readToday(values.today),
    // Kept in memory for the session, over the disk's parsed entries unless --no-cache.
    workspace: await openWorkspace({ mode: 'memory', cwd: values['no-cache'] ? undefined : io.cwd }),
    onUpdate: (update) => io.stderr(describeUpdate(update)),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use: try --port ${port + 1}`);
    throw error;
  });
  io.stdout(`Serving ${session.url} (drafts and private entries shown, marked). Press Ctrl-C to stop.\n`);
  await stopSignal;
  await session.close();
  io.stdout('Stopped.\n');
  return 0;
}

/** One line (plus the findings) for the terminal after each update. */
function describeUpdate(update: ServeUpdate): string {
  const lines = update.findings.map(
    (finding) => `  ${printable(finding.file)}:${finding.line}:${finding.column} ${finding.severity} ${printable(finding.message)} (${finding.rule})\n`,
  );
  const when = new Date().toLocaleTimeString();
  if (update.failure) return `[${when}] could not update: ${update.failure}\n${lines.join('')}`;
  if (!update.built) return `[${when}] not updated: the journal has errors (the last good pages stay):\n${lines.join('')}`;
  const summary = `[${when}] updated ${update.written} ${update.written === 1 ? 'page' : 'pages'} in ${Math.round(update.ms)} ms`;
  return lines.length > 0 ? `${summary}, with findings:\n${lines.join('')}` : `${summary}.\n`;
}

function processStop(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}
