/**
 * The `logbook` command: a thin layer that picks a command, turns problems
 * into one-line messages and exit codes (0 ok, 1 journal errors, 2 usage or
 * I/O), and never shows a stack trace unless LOGBOOK_DEBUG is set.
 */
import { readFileSync } from 'node:fs';
import { ContentError } from '../load/read-content.js';
import { UsageError } from './args.js';
import { processIo, type Io } from './io.js';

/** Each command's own usage, printed by `logbook <command> --help` and `logbook help <command>`. */
const COMMAND_HELP: Record<string, { summary: string; usage: string }> = {
  init: {
    summary: 'start a fresh journal of your own (replaces the unchanged example)',
    usage: `Usage: logbook init [--content DIR] [--title T] [--url U] [--timezone TZ] [--today YYYY-MM-DD]

Writes a fresh journal: journal.yml, one goal to fill in and this week's log,
and adds the private folder to .gitignore. The folder must be missing, empty,
or hold the example journal exactly as shipped; anything else is refused and
left untouched.

Options:
  --content DIR    where to write the journal (default: content)
  --title T        the journal's title (default: from the git remote, e.g. "Ada's learning journal")
  --url U          where the site will be published (default: from the git remote when it is on GitHub)
  --timezone TZ    IANA time zone that decides "this week" (default: UTC)
  --today DATE     pretend today is DATE (YYYY-MM-DD)
`,
  },
  check: {
    summary: 'check the journal against its template and print findings',
    usage: `Usage: logbook check [--content DIR] [--format pretty|json|github] [--strict] [--today YYYY-MM-DD] [--no-cache]

Checks every file of the journal and prints the findings on stdout.

Options:
  --content DIR    the journal folder (default: content)
  --format F       pretty (grouped by file, the default), json (one array) or github (Actions annotations)
  --strict         exit 1 on warnings too
  --today DATE     pretend today is DATE (YYYY-MM-DD)
  --no-cache       ignore the cache of earlier runs

Exit codes: 0 no errors, 1 errors (or warnings under --strict), 2 bad usage or unreadable files.
`,
  },
  build: {
    summary: 'check, then write the site (nothing is written when there are errors)',
    usage: `Usage: logbook build [--content DIR] [--output DIR] [--today YYYY-MM-DD] [--path-prefix /p/] [--no-cache] [--no-social-images]

Checks the journal, then writes the site. With any error nothing is written
and the previous site stays as it was.

Options:
  --content DIR       the journal folder (default: content)
  --output DIR        where to write the site (default: _site); only a missing or empty folder, or one logbook wrote
  --today DATE        pretend today is DATE (YYYY-MM-DD)
  --path-prefix /p/   the path the site is served under (default: from journal.yml's url, else /)
  --no-cache          ignore (and do not write) the cache of earlier builds
  --no-social-images  draw no link-preview images (og:image); faster for a large journal
`,
  },
  serve: {
    summary: 'preview the site with live reload and the findings on every page',
    usage: `Usage: logbook serve [--content DIR] [--port N] [--host H] [--today YYYY-MM-DD] [--no-cache]

Builds the journal, serves it with drafts and private entries shown (marked),
and rebuilds and reloads on every save. Ctrl-C stops it.

Options:
  --content DIR    the journal folder (default: content)
  --port N         the port (default: 8080)
  --host H         the address to listen on (default: 127.0.0.1)
  --today DATE     pretend today is DATE (YYYY-MM-DD)
  --no-cache       ignore the cache of earlier runs
`,
  },
  new: {
    summary: 'write a new goal or week from the template (never overwrites)',
    usage: `Usage: logbook new goal "Title" [--slug S] [--content DIR] [--today YYYY-MM-DD]
       logbook new week [YYYY-Www] [--content DIR] [--today YYYY-MM-DD]

new goal writes goals/<slug>.md with every section of the template; it
refuses when a goal with that slug or title exists.
new week writes this week's log (or the week named), listing last week's
unchecked intentions to reflect on and the goals' slugs to refer to.

Options:
  --slug S         the goal's file name and address (lowercase letters, digits and dashes)
  --content DIR    the journal folder (default: content)
  --today DATE     pretend today is DATE (YYYY-MM-DD)
`,
  },
  rules: {
    summary: 'list every rule: id, usual severity, what it reports',
    usage: `Usage: logbook rules [ID] [--format pretty|json]

Lists every rule logbook reports, with its usual severity and a one-line
summary; with a rule id, explains that rule: what it checks, why, and how to
fix what it reports. journal.yml's rules: turns a rule off or changes its
severity, e.g. rules: { goal/timebound: off }; rules marked * cannot be
turned off or lowered.

Options:
  --format F       pretty (the default) or json
`,
  },
  lsp: {
    summary: 'the language server: findings as you type, in any editor',
    usage: `Usage: logbook lsp --stdio [--content DIR] [--today YYYY-MM-DD]

Speaks the Language Server Protocol on stdin and stdout, for an editor to
start. It finds the journal in the folder the editor opens (its content/
folder, or the folder itself when it holds journal.yml) and shows the
findings of "logbook check" as you type, with completion of goal slugs and
front-matter keys, hover on #slug and quick fixes.

Options:
  --stdio          talk over stdin and stdout (the only way; accepted because editors pass it)
  --content DIR    the journal folder, relative to the editor's folder (default: found as above)
  --today DATE     pretend today is DATE (YYYY-MM-DD)
`,
  },
};

const USAGE = `Usage: logbook <command> [options]

Commands:
${Object.entries(COMMAND_HELP)
  .map(([name, { summary }]) => `  ${name.padEnd(7)} ${summary}`)
  .join('\n')}

Options:
  --version        print logbook's version
  --help           print this help

Run "logbook <command> --help" (or "logbook help <command>") for a command's options.
`;

type Command = (argv: string[], io: Io) => Promise<number>;

// Each command's module is loaded only when it runs: `check` never pays for Eleventy and the site.
const COMMANDS: Record<string, Command> = {
  init: async (argv, io) => (await import('./init-command.js')).initCommand(argv, io),
  check: async (argv, io) => (await import('./check-command.js')).checkCommand(argv, io),
  build: async (argv, io) => (await import('./build-command.js')).buildCommand(argv, io),
  new: async (argv, io) => (await import('./new-command.js')).newCommand(argv, io),
  serve: async (argv, io) => (await import('./serve-command.js')).serveCommand(argv, io),
  rules: async (argv, io) => (await import('./rules-command.js')).rulesCommand(argv, io),
  lsp: async (argv, io) => (await import('../lsp/lsp-command.js')).lspCommand(argv, io),
};

/** The version in package.json (two folders up from both src/cli and dist/cli). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Run the command line; returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  if (name === 'help' && rest.length > 0) return printHelp(rest[0]!, io);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    // Without any command this is a usage error (exit 2), but the help goes where asked-for help goes.
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) return unknownCommand(name, io);
  if (rest.includes('--help') || rest.includes('-h')) return printHelp(name, io);
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

function printHelp(name: string, io: Io): number {
  const help = COMMAND_HELP[name];
  if (!help) return unknownCommand(name, io);
  io.stdout(help.usage);
  return 0;
}

function unknownCommand(name: string, io: Io): number {
  io.stderr(`logbook: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
  return 2;
}
