/** `--help`, `help <command>` and `--version` behave as in the tools people know. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';

const repo = join(import.meta.dirname, '..', '..');

async function run(...argv: string[]) {
  const io = recordingIo(repo);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const COMMANDS = ['init', 'check', 'build', 'serve', 'new'];

describe('logbook <command> --help', () => {
  it.each(COMMANDS)('prints the usage of %s itself, on stdout, and runs nothing', async (name) => {
    for (const flag of ['--help', '-h']) {
      const result = await run(name, flag);
      expect(result.code).toBe(0);
      expect(result.err).toBe('');
      expect(result.out).toMatch(new RegExp(`^Usage: logbook ${name}\\b`));
      expect(result.out).toContain('--content DIR');
      // Not the overview of every command.
      expect(result.out).not.toContain('Commands:');
    }
    expect((await run('help', name)).out).toBe((await run(name, '--help')).out);
  });

  it('lists each command once in the overview', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    for (const name of COMMANDS) expect(result.out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect((await run('help')).out).toBe(result.out);
  });

  it('shows the options each command takes', async () => {
    expect((await run('check', '--help')).out).toContain('--format');
    expect((await run('build', '--help')).out).toContain('--path-prefix');
    expect((await run('serve', '--help')).out).toContain('--port');
    expect((await run('new', '--help')).out).toContain('--slug');
    expect((await run('init', '--help')).out).toContain('--url');
  });

  it('refuses help for a command that does not exist', async () => {
    const result = await run('help', 'frobnicate');
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown command "frobnicate"');
  });
});

describe('logbook --version', () => {
  it("prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    const result = await run('--version');
    expect(result).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });
});
