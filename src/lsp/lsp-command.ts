/** `logbook lsp`: the language server, over stdin and stdout (the `--stdio` editors pass). */
import { parseCommandArgs, UsageError } from '../cli/args.js';
import type { Io } from '../cli/io.js';
import { readToday } from '../cli/today.js';

export async function lspCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    stdio: { type: 'boolean', default: true },
    content: { type: 'string' },
    today: { type: 'string' },
    // Some clients pass the editor's process id; the server learns it from `initialize` anyway.
    clientProcessId: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`lsp takes no arguments (got "${positionals[0]}")`);
  const today = readToday(values.today);
  const { startServer } = await import('./server.js');
  return startServer({ content: values.content, today, log: (message) => io.stderr(`${message}\n`) });
}
