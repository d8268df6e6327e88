/**
 * The commands keep their cache in node_modules/.cache/logbook of an
 * installed project, print the same findings with it, skip it with
 * --no-cache, and leave a folder without node_modules untouched.
 */
import { cp, mkdir, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';
import { scratchFolders } from '../helpers/site.js';

const repo = join(import.meta.dirname, '..', '..');
const scratch = scratchFolders('logbook-cli-cache-');

/** A project folder holding a copy of a fixture's content (with findings to compare). */
async function project(installed: boolean): Promise<string> {
  const folder = await scratch();
  await cp(join(repo, 'test', 'fixtures', 'check', 'week-rules', 'content'), join(folder, 'content'), { recursive: true });
  if (installed) await mkdir(join(folder, 'node_modules'));
  return folder;
}

async function check(cwd: string, ...extra: string[]) {
  const io = recordingIo(cwd);
  const code = await main(['check', '--format', 'json', '--today', '2026-11-24', ...extra], io);
  return { code, out: io.out };
}

describe('the cache of logbook check and build', () => {
  it('lives in node_modules/.cache/logbook and changes no finding', async () => {
    const folder = await project(true);
    const uncached = await check(folder, '--no-cache');
    expect(existsSync(join(folder, 'node_modules', '.cache'))).toBe(false);
    expect(JSON.parse(uncached.out).length).toBeGreaterThan(0);
    expect(await check(folder)).toEqual(uncached);
    expect(await readdir(join(folder, 'node_modules', '.cache', 'logbook'))).toEqual(['parsed-entries.bin']);
    expect(await check(folder)).toEqual(uncached);
  });

  it('is never created in a folder without node_modules', async () => {
    const folder = await project(false);
    await check(folder);
    expect((await readdir(folder)).sort()).toEqual(['content']);
  });
});
