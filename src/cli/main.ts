/**
 * The `logbook` command: a thin layer that picks a command, turns problems
 * into one-line messages and exit codes (0 ok, 1 journal errors, 2 usage or
 * I/O), and never shows a stack trace unless LOGBOOK_DEBUG is set.
 */
import { ContentError } from '../load/read-content.js';
import { UsageError } from './args.js';
import { processIo, type Io } from './io.js';

const USAGE = `Usage: logbook <command> [options]

Commands:
  check   check the journal against its template and print findings
          [--content DIR] [--format pretty|json|github] [--strict] [--today YYYY-MM-DD] [--no-cache]
  build   check, then write the site (nothing is written when there are errors)
          [--content DIR] [--output DIR] [--today YYYY-MM-DD] [--path-prefix /p/] [--no-cache]
  serve   preview the site on 127.0.0.1 with live reload and the findings on every page
          [--content DIR] [--port N] [--host H] [--today YYYY-MM-DD] [--no-cache]
  new     write a new goal or week from the template (never overwrites)
          new goal "Title" [--content DIR]
          new week [YYYY-Www] [--content DIR] [--today YYYY-MM-DD]

Run "logbook <command> --help" for a command's options.
`;

type Command = (argv: string[], io: Io) => Promise<number>;

// Each command's module is loaded only when it runs: `check` never pays for Eleventy and the site.
const COMMANDS: Record<string, Command> = {
  check: async (argv, io) => (await import('./check-command.js')).checkCommand(argv, io),
  build: async (argv, io) => (await import('./build-command.js')).buildCommand(argv, io),
  new: async (argv, io) => (await import('./new-command.js')).newCommand(argv, io),
  serve: async (argv, io) => (await import('./serve-command.js')).serveCommand(argv, io),
};

/** Run the command line; returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`logbook: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ContentError) {
      io.stderr(`logbook ${name}: ${error.message}\n`);
      return 2;
    }
    if (process.env.LOGBOOK_DEBUG) throw error;
    io.stderr(`logbook ${name}: unexpected failure: ${(error as Error).message} (set LOGBOOK_DEBUG=1 for details)\n`);
    return 2;
  }
}
