/**
 * A build killed with SIGKILL at many moments (the Nth change it makes on
 * disk, from the first to the last) leaves the output folder either exactly
 * as the previous build left it or exactly as a finished new build leaves
 * it: never half-written. (Killed in the instant between the two renames of
 * the swap, the previous site is whole beside the output folder and the next
 * build puts it back first.) The moments are chosen by watching
 * the project folder, so the test waits on events, not on the clock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchTree } from '../../src/serve/watch-folders.js';
import { recoverInterruptedSwap } from '../../src/site/output-folder.js';
import { tempProject, writeFiles } from '../helpers/site.js';
import { fingerprint } from './journal-folder.js';

const BIN = resolve(import.meta.dirname, '../../bin/logbook.js');

const GOAL = '---\ntitle: Go\ndue: 2026-12-31\n---\n## Where I am now\nA.\n## Success in one year\nB.\n## Resources\n- Book: C\n## Why it matters\nD.\n## Milestones\n- [ ] E (due 2026-12-01)\n';
const week = (id: string, text: string) => [`content/weeks/${id}.md`, `## This week I intend to\n- [x] ${text} #go\n\n## Reflection\n${text}.\n`] as const;

/** When to kill a build: at the Nth file-system event in the project, or N events after the swap began. */
type Moment = { at: number } | { afterSwap: number };

/** Run `logbook build` in a child process, and SIGKILL it at a moment if one is given. */
async function build(project: string, moment?: Moment): Promise<{ killed: boolean; events: number; swapAt: number }> {
  let events = 0;
  let swapAt = 0;
  let due = false;
  let child: ChildProcess | undefined;
  // A watch per folder (Node's recursive watch on Linux throws, uncaught, when a folder it is
  // about to scan is already gone, as the build's staging folders soon are).
  const watcher = watchTree(
    project,
    (name) => {
      events++;
      // The swap starts when the old output is renamed away.
      if (!swapAt && (name === '_site' || String(name).startsWith('._site.old-'))) swapAt = events;
      due ||= moment !== undefined && ('at' in moment ? events === moment.at : swapAt > 0 && events === swapAt + moment.afterSwap);
      if (due) child?.kill('SIGKILL');
    },
    { skip: () => false },
  );
  await watcher.ready;
  child = spawn(process.execPath, [BIN, 'build', '--today', '2026-11-24'], { cwd: project, stdio: 'ignore' });
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  watcher.close();
  if (signal !== 'SIGKILL' && code !== 0) throw new Error(`logbook build exited with ${code}`);
  return { killed: signal === 'SIGKILL', events, swapAt };
}

/** A fingerprint of the output folder, or `missing`. */
const siteState = (project: string) => (existsSync(join(project, '_site')) ? fingerprint(join(project, '_site'), { times: false }) : 'missing');

describe('a build killed mid-write', () => {
  let project: string;
  let previous: string;
  let finished: string;
  let saved: string;
  let totalEvents: number;
  let swapAt: number;

  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(saved, { recursive: true, force: true });
  });

  beforeAll(async () => {
    project = await tempProject('logbook-killed-');
    await writeFiles(project, {
      'content/journal.yml': 'title: Killed builds\n',
      'content/goals/go.md': GOAL,
      ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => week(`2026-W${String(30 + i).padStart(2, '0')}`, `Old week ${i}`))),
    });
    await build(project);
    writeFileSync(join(project, '_site', 'from-the-previous-build.txt'), 'previous');
    previous = siteState(project);
    saved = join(project, '..', `${project.split('/').pop()}-previous-site`);
    cpSync(join(project, '_site'), saved, { recursive: true });

    // The new build has different pages, so the two states cannot be confused.
    rmSync(join(project, 'content', 'weeks'), { recursive: true });
    await writeFiles(project, Object.fromEntries(Array.from({ length: 12 }, (_, i) => week(`2026-W${String(40 + i).padStart(2, '0')}`, `New week ${i}`))));
    const copy = `${project}-finished`;
    cpSync(join(project, 'content'), join(copy, 'content'), { recursive: true });
    cpSync(saved, join(copy, '_site'), { recursive: true });
    ({ events: totalEvents, swapAt } = await build(copy));
    // Same content, same folder layout: a finished build in the project gives the same bytes.
    finished = fingerprint(join(copy, '_site'), { times: false });
    rmSync(copy, { recursive: true, force: true });
  });

  it('makes enough changes on disk to be killed at many moments', () => {
    expect(previous).not.toBe(finished);
    expect(totalEvents).toBeGreaterThan(50);
    expect(swapAt).toBeGreaterThan(20);
  });

  it('leaves the previous site whole, or the new one whole, whenever it is killed', async () => {
    // Moments spread over the writing of the new site, then at the swap and just after it.
    const moments: Moment[] = [
      ...[1, 5, 20, 0.5 * swapAt, 0.8 * swapAt, 0.9 * swapAt].map((at) => ({ at: Math.max(1, Math.round(at)) })),
      ...[0, 0, 0, 1, 2, 4].map((afterSwap) => ({ afterSwap })),
      { at: totalEvents },
    ];
    const outcomes: string[] = [];
    for (const moment of moments) {
      const { killed } = await build(project, moment);
      const when = 'at' in moment ? `event ${moment.at}` : `swap + ${moment.afterSwap}`;
      let state = siteState(project);
      let putBack = '';
      if (state === 'missing') {
        putBack = ' (put back from beside the output)';
        // Killed between the two renames of the swap: the previous site must be whole beside it,
        // and is put back before anything else happens.
        const beside = readdirSync(project).filter((name) => name.startsWith('._site.old-'));
        expect(beside.map((name) => fingerprint(join(project, name), { times: false }))).toContain(previous);
        await recoverInterruptedSwap(join(project, '_site'));
        state = siteState(project);
      }
      const outcome = state === previous ? 'previous' : state === finished ? 'new' : state === 'missing' ? 'missing' : 'MIXED';
      outcomes.push(`${when}: ${killed ? 'killed' : 'finished'}, ${outcome}${putBack}`);
      expect(outcome, outcomes.join('\n')).toMatch(/^(previous|new)$/);
      if (!killed) expect(outcome).toBe('new');
      if (outcome === 'new') {
        rmSync(join(project, '_site'), { recursive: true });
        cpSync(saved, join(project, '_site'), { recursive: true });
      }
    }
    if (process.env.HARDENING_TIMES) console.log(totalEvents, outcomes.join('\n'));
    expect(outcomes.some((line) => line.includes('killed, previous'))).toBe(true);
    // Thirteen builds in child processes, one after the other: about 20 s on a quiet two-core
    // machine and several times that on a busy one. The bound only catches a build that hangs.
  }, 900_000);

  it('builds normally afterwards, whatever a killed build left beside the output', async () => {
    const { killed } = await build(project);
    expect(killed).toBe(false);
    expect(siteState(project)).toBe(finished);
    expect(readdirSync(project).filter((name) => !name.startsWith('.')).sort()).toEqual(['_site', 'content']);
  });
});
