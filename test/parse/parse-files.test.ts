/**
 * Parsing in worker threads changes nothing but speed: the same entries,
 * the same findings in the same order and at the same places as parsing in
 * one thread, with or without the cache; and a worker that fails, crashes,
 * answers garbage or stalls loses no file: the main thread parses whatever
 * it did not answer for.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalFiles } from '../../bench/generate-journal.mjs';
import { loadJournal } from '../../src/journal.js';
import { treePending } from '../../src/model/trees.js';
import type { Entry } from '../../src/model/types.js';
import type { ParallelOptions } from '../../src/parse/parse-files.js';
import { FIXTURE_TODAY } from '../helpers/fixtures.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';
import { openWorkspace } from '../../src/workspace/workspace.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const workers = join(import.meta.dirname, 'workers');
let scratch: string;
let generated: string;
let small: string;

/** Write a generated journal of `size` files, plus files with findings of several kinds (so their order and places are compared too). */
async function writeJournal(folder: string, size: number): Promise<void> {
  for (const [path, text] of journalFiles(size)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), text);
  }
  await writeFile(join(folder, 'weeks', 'bad-name.md'), '# Not a week\n');
  await writeFile(join(folder, 'pages', 'broken.md'), '---\ntitle: [unclosed\n---\n\nBody\n');
  await writeFile(join(folder, 'goals', 'thin.md'), '---\ntitle: Thin\nstatus: sleeping\nfoo: 1\n---\n\n## Where I am now\n\nTODO\n');
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'logbook-parse-files-'));
  generated = join(scratch, 'generated');
  small = join(scratch, 'small');
  await writeJournal(generated, 300);
  await writeJournal(small, 40);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Everything a user can see of a loaded journal: the model and each file's messages, in their order. */
async function load(contentDir: string, { parallel, cacheDir }: { parallel?: ParallelOptions; cacheDir?: string } = {}) {
  const workspace = await openWorkspace(cacheDir === undefined ? { mode: 'off' } : { mode: 'disk', dir: cacheDir });
  const loaded = await loadJournal({ contentDir, cwd: contentDir, today: FIXTURE_TODAY, parallel, workspace });
  await workspace.save();
  return {
    journal: loaded.journal,
    messages: loaded.files.map((file: VFile) => ({
      path: file.path,
      messages: file.messages.map(({ reason, line, column, place, ruleId, source, fatal }) => ({ reason, line, column, place, ruleId, source, fatal })),
    })),
  };
}

const ONE_THREAD: ParallelOptions = { minFiles: Number.POSITIVE_INFINITY };
/** Workers for any journal, however small, doing all the parsing. */
const WORKERS_ONLY: ParallelOptions = { minFiles: 0, workers: 1, parseHere: false };

/** Whether an entry came from a record (its tree is decoded when first read), not from a parse in this thread. */
function fromRecord(entry: Entry): boolean {
  return treePending(entry);
}

async function contentFolders(): Promise<string[]> {
  const folders = [EXAMPLE_CONTENT];
  for (const group of ['check', 'progress']) {
    for (const name of (await readdir(join(fixtures, group))).sort()) folders.push(join(fixtures, group, name, 'content'));
  }
  return folders;
}

describe('parsing in worker threads', () => {
  it('gives what one thread gives: the example journal and every fixture', async () => {
    const folders = await contentFolders();
    expect(folders.length).toBeGreaterThan(10);
    for (const folder of folders) {
      const parallel = await load(folder, { parallel: WORKERS_ONLY });
      expect(parallel, folder).toEqual(await load(folder, { parallel: ONE_THREAD }));
    }
  });

  it('gives what one thread gives on a generated journal, the work shared between the threads', async () => {
    const single = await load(generated, { parallel: ONE_THREAD });
    expect(single.messages.some((file) => file.messages.length > 0)).toBe(true);
    const byWorkers = await load(generated, { parallel: WORKERS_ONLY });
    // (The check reads every goal's tree, so only weeks and pages still show where they came from.)
    const entries = [...byWorkers.journal.weeks, ...byWorkers.journal.pages];
    expect(entries.length).toBeGreaterThan(250);
    expect(entries.every(fromRecord)).toBe(true);
    expect(byWorkers).toEqual(single);
    const shared = await load(generated, { parallel: { minFiles: 0, workers: 2 } });
    expect(shared).toEqual(single);
  });

  it('fills the cache with the workers\' records, and a warm run gives the same again', async () => {
    const cacheDir = join(scratch, 'cache');
    const single = await load(generated, { parallel: ONE_THREAD });
    expect(await load(generated, { parallel: WORKERS_ONLY, cacheDir })).toEqual(single);
    expect(await readdir(cacheDir)).toEqual(['parsed-entries.bin']);
    expect(await load(generated, { parallel: ONE_THREAD, cacheDir })).toEqual(single);
  });

  it.each([
    ['fails at start', 'throws-at-start.mjs'],
    ['takes files and ends its thread', 'exits-after-taking.mjs'],
    ['takes a file and throws', 'throws-after-taking.mjs'],
    ['answers garbage', 'answers-garbage.mjs'],
    ['stalls', 'stalls.mjs'],
    ['does not exist', 'no-such-worker.mjs'],
  ])('loses no file when a worker %s', async (_, script) => {
    const single = await load(small, { parallel: ONE_THREAD });
    const broken: ParallelOptions = { minFiles: 0, workers: 1, parseHere: false, stallMs: 300, script: pathToFileURL(join(workers, script)) };
    expect(await load(small, { parallel: broken })).toEqual(single);
    // With this thread parsing too.
    expect(await load(small, { parallel: { ...broken, parseHere: true } })).toEqual(single);
  });
});
