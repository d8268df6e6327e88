/** Where a command writes, so tests can run commands in-process. */
export interface Io {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether to colour terminal output. */
  color: boolean;
}

/**
 * Whether to colour what goes to stdout, as most command-line tools decide:
 * `NO_COLOR` set and non-empty turns colour off (https://no-color.org),
 * `FORCE_COLOR` set turns it on (except `FORCE_COLOR=0`, which turns it off),
 * and otherwise colour only when stdout is a terminal.
 */
export function wantsColor(env: NodeJS.ProcessEnv, stdoutIsTerminal: boolean): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stdoutIsTerminal;
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
  };
}
