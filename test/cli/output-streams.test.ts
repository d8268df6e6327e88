/**
 * Findings are output: every format prints them on stdout, so they can be
 * piped and redirected; stderr holds logbook's own messages. Colour follows
 * NO_COLOR / FORCE_COLOR, else whether stdout is a terminal.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { wantsColor } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';

const repo = join(import.meta.dirname, '..', '..');

/** A project whose journal has one error (an empty section) and one warning (no due date). */
function projectWithFindings(): string {
  const dir = mkdtempSync(join(tmpdir(), 'logbook-streams-'));
  mkdirSync(join(dir, 'content', 'goals'), { recursive: true });
  writeFileSync(join(dir, 'content', 'journal.yml'), 'title: T\n');
  writeFileSync(join(dir, 'content', 'goals', 'go.md'), '---\ntitle: Go\n---\n## Where I am now\nA\n## Success\nB\n## Resources\n## Why\nD\n');
  return dir;
}

describe('pretty findings', () => {
  it('go to stdout from check', async () => {
    const io = recordingIo(projectWithFindings());
    expect(await main(['check', '--today', '2026-11-24'], io)).toBe(1);
    expect(io.out).toContain('goal/empty-section');
    expect(io.out).toContain('content/goals/go.md');
    expect(io.err).toBe('');
  });

  it('go to stdout from build, with only the refusal on stderr', async () => {
    const project = projectWithFindings();
    const io = recordingIo(project);
    expect(await main(['build', '--today', '2026-11-24'], io)).toBe(1);
    expect(io.out).toContain('goal/empty-section');
    expect(io.err).not.toContain('goal/empty-section');
    expect(io.err).toContain('Nothing written');
  });
});

describe('colour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true], // set but empty: no effect (no-color.org)
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
  ])('env %j, stdout a terminal: %s → %s', (env, terminal, expected) => {
    expect(wantsColor(env, terminal)).toBe(expected);
  });

  // Through the real launcher (compiled code), with stdout a pipe.
  const ESC = '\u001b[';
  async function checkWith(env: Record<string, string>) {
    const project = projectWithFindings();
    const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NO_COLOR' && key !== 'FORCE_COLOR'));
    const result = await promisify(execFile)(process.execPath, [join(repo, 'bin', 'logbook.js'), 'check', '--today', '2026-11-24'], {
      cwd: project,
      env: { ...clean, ...env },
    }).catch((error: { stdout: string; stderr: string; code: number }) => error);
    expect(result.stdout).toContain('goal/empty-section');
    return result.stdout;
  }

  it('is off when stdout is a pipe, on with FORCE_COLOR, off again with NO_COLOR', async () => {
    expect(await checkWith({})).not.toContain(ESC);
    expect(await checkWith({ FORCE_COLOR: '1' })).toContain(ESC);
    expect(await checkWith({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toContain(ESC);
  });
});
