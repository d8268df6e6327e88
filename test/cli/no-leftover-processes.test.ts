/**
 * No process logbook starts outlives the command: `build` (whose search
 * index runs a Pagefind process), a build stopped by Ctrl-C or SIGTERM, and
 * `serve` (stopped either way) each run as a process group of their own,
 * and once the command has exited no process of that group is left, running
 * or unreaped. Runs the compiled code (`npm run compile` first).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../../bench/generate-journal.mjs';
import { fingerprint } from '../hardening/journal-folder.js';
import { tempProject, withExampleJournal } from '../helpers/site.js';

const BIN = resolve(import.meta.dirname, '../../bin/logbook.js');

/** The processes (`pid (name) state`) whose process group is `group`, from /proc (field 5 of `stat` is the group). */
function processesInGroup(group: number): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // `pid (name) state ppid pgrp …`: the name may hold spaces and parentheses, so split after the last `)`.
    const close = stat.lastIndexOf(')');
    const [state, , pgrp] = stat.slice(close + 2).split(' ');
    if (Number(pgrp) === group) found.push(`${stat.slice(0, close + 1)} ${state}`);
  }
  return found;
}

/** Start logbook as the leader of a new process group. */
function startLogbook(project: string, args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { cwd: project, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe.skipIf(process.platform !== 'linux')('no child process outlives the command', () => {
  let project: string;

  beforeAll(async () => {
    project = await withExampleJournal(await tempProject('logbook-processes-'));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('build: the search indexer has exited and been reaped when the command exits', async () => {
    const child = startLogbook(project, ['build', '--no-cache', '--today', '2026-11-24']);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(out).toMatch(/Wrote \d+ files/);
    expect(code).toBe(0);
    expect(processesInGroup(child.pid!)).toEqual([]);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`serve: nothing is left after ${signal}`, async () => {
      const child = startLogbook(project, ['serve', '--port', '0', '--today', '2026-11-24']);
      let out = '';
      const serving = new Promise<void>((done) =>
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('Serving ')) done();
        }),
      );
      await Promise.race([serving, once(child, 'exit')]);
      expect(out).toContain('Serving ');
      const exited = once(child, 'exit');
      child.kill(signal);
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
      expect(processesInGroup(child.pid!)).toEqual([]);
    });
  }

  describe('a build stopped by a signal', () => {
    let big: string;
    let previous: string;

    beforeAll(async () => {
      // Large enough that Eleventy is still laying pages out when the signal arrives (it is sent as Eleventy starts).
      big = await tempProject('logbook-processes-big-');
      await generateJournal(join(big, 'content'), 200);
      mkdirSync(join(big, 'node_modules'));
      const first = startLogbook(big, ['build', '--no-cache', '--today', '2026-11-24']);
      const [code] = (await once(first, 'exit')) as [number | null];
      expect(code).toBe(0);
      previous = fingerprint(join(big, '_site'), { times: false });
    }, 120_000);
    afterAll(() => rmSync(big, { recursive: true, force: true }));

    for (const [signal, exitCode] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      it(`${signal}: stops the indexer, removes its new folder, keeps the previous site`, async () => {
        const child = spawn(process.execPath, [BIN, 'build', '--no-cache', '--today', '2026-11-24'], {
          cwd: big,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, LOGBOOK_TRACE: '1' },
        });
        let err = '';
        child.stderr.on('data', (chunk: Buffer) => {
          err += chunk.toString();
          // The indexer is running and Eleventy about to start: the moment with the most to clean up.
          if (err.includes('[trace] carry over') && !child.killed) child.kill(signal);
        });
        const [code] = (await once(child, 'exit')) as [number | null];
        expect(err).toContain(`Stopped (${signal})`);
        expect(code).toBe(exitCode);
        expect(processesInGroup(child.pid!)).toEqual([]);
        expect(readdirSync(big).sort()).toEqual(['_site', 'content', 'node_modules']);
        expect(fingerprint(join(big, '_site'), { times: false })).toBe(previous);
      }, 120_000);
    }
  });
});
