/**
 * The search index written by one indexing thread or by two (each with its
 * own Pagefind process) is the same, byte for byte, and the files reported
 * are the files written.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndexFiles } from '../../src/site/search/search-index.js';
import type { SearchShard } from '../../src/site/search/search-shards.js';
import { openSearchThreads } from '../../src/site/search/search-thread.js';
import { listFiles } from '../helpers/site.js';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

const html = (title: string, words: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;

const shards: SearchShard[] = [
  { key: 'main', folder: 'pagefind', paths: ['goals/a/index.html', 'goals/b/index.html'] },
  { key: 'weeks-2026', folder: 'pagefind/shards/weeks-2026', paths: ['weeks/2026-W01/index.html', 'weeks/2026-W02/index.html', 'review/2026/index.html'] },
  { key: 'pages-0', folder: 'pagefind/shards/pages-0', paths: ['notes/one/index.html', 'notes/two/index.html'] },
];

async function writeIndex(minPages: number): Promise<{ files: Map<string, string>; reported: IndexFiles }> {
  const dir = await mkdtemp(join(tmpdir(), 'logbook-search-'));
  folders.push(dir);
  const index = await openSearchThreads('en', shards, { minPages });
  let reported: IndexFiles;
  try {
    // Handed over out of order: each shard still indexes its pages in its own order.
    for (const path of shards.flatMap((shard) => shard.paths).reverse()) index.add(path, html(path, `words of ${path.split('/')[1]} about typescript and habits`));
    index.add('not/in/any/shard.html', html('Ignored', 'ignored'));
    reported = await index.write(dir);
  } finally {
    await index.close();
  }
  const files = new Map<string, string>();
  for (const path of await listFiles(dir)) files.set(path, (await readFile(join(dir, path))).toString('base64'));
  return { files, reported };
}

describe('the search index in two threads', () => {
  it('writes the same files as one thread, and reports them by shard', async () => {
    const one = await writeIndex(Infinity);
    const two = await writeIndex(0);
    expect(two.files).toEqual(one.files);
    for (const { files, reported } of [one, two]) {
      expect(Object.keys(reported).sort()).toEqual(['main', 'pages-0', 'weeks-2026']);
      expect(Object.values(reported).flat().sort()).toEqual([...files.keys()].sort());
      expect(reported['pages-0']!.every((path) => path.startsWith('pagefind/shards/pages-0/'))).toBe(true);
      expect(reported.main!.some((path) => path.startsWith('pagefind/shards/'))).toBe(false);
    }
    // Each shard has its own index; only the primary carries Pagefind's script.
    expect([...one.files.keys()].filter((path) => path.endsWith('pagefind-entry.json')).sort()).toEqual([
      'pagefind/pagefind-entry.json',
      'pagefind/shards/pages-0/pagefind-entry.json',
      'pagefind/shards/weeks-2026/pagefind-entry.json',
    ]);
    expect([...one.files.keys()].filter((path) => path.endsWith('/pagefind.js'))).toEqual(['pagefind/pagefind.js']);
    expect([...one.files.keys()].some((path) => path.includes('pagefind-ui'))).toBe(false);
  });
});
