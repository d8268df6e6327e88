import { describe, expect, it } from 'vitest';
import { mergedFolders, planSearchShards } from '../../src/site/search/search-shards.js';
import type { SitePage } from '../../src/site/site-page.js';

const page = (url: string, layout: string, searchable = true): SitePage => ({ url, layout, view: { title: url, searchable } });
const week = (year: number, number: number) => page(`/weeks/${year}-W${String(number).padStart(2, '0')}/`, 'week.njk');
const note = (index: number) => page(`/pages/note-${index}/`, 'page.njk');

describe('the shards of the search index', () => {
  it('has only the primary shard when nothing is searchable', () => {
    expect(planSearchShards([page('/', 'home.njk', false)])).toEqual([{ key: 'main', folder: 'pagefind', paths: [] }]);
  });

  it('puts goals in the primary, weeks and reviews by spans of two years, and plain pages together', () => {
    const pages = [page('/goals/go/', 'goal.njk'), week(2023, 52), week(2024, 1), week(2025, 52), week(2026, 1), note(1), page('/review/2025/', 'review.njk'), page('/weeks/', 'weeks.njk', false)];
    const shards = planSearchShards(pages);
    expect(shards.map(({ key, paths }) => [key, paths])).toEqual([
      ['main', ['goals/go/index.html']],
      ['weeks-2022', ['weeks/2023-W52/index.html']],
      ['weeks-2024', ['weeks/2024-W01/index.html', 'weeks/2025-W52/index.html', 'review/2025/index.html']],
      ['weeks-2026', ['weeks/2026-W01/index.html']],
      ['pages-0', ['pages/note-1/index.html']],
    ]);
    expect(mergedFolders(shards)).toEqual(['shards/weeks-2022/', 'shards/weeks-2024/', 'shards/weeks-2026/', 'shards/pages-0/']);
  });

  it('makes the first other shard the primary when there are no goals (Pagefind cannot start from an empty index)', () => {
    const shards = planSearchShards([week(2026, 1), note(1)]);
    expect(shards.map(({ key, folder }) => [key, folder])).toEqual([
      ['weeks-2026', 'pagefind'],
      ['pages-0', 'pagefind/shards/pages-0'],
    ]);
    expect(mergedFolders(shards)).toEqual(['shards/pages-0/']);
  });

  it('spreads many plain pages over a power of two of shards of at most 1,000, each page always in the same one', () => {
    const notes = Array.from({ length: 4500 }, (_, index) => note(index));
    const shards = planSearchShards(notes).filter((shard) => shard.key.startsWith('pages-'));
    expect(shards.length).toBe(8);
    expect(shards.every((shard) => shard.paths.length <= 1000)).toBe(true);
    expect(shards.flatMap((shard) => shard.paths).sort()).toEqual(notes.map((note) => note.url.slice(1) + 'index.html').sort());
    // A page's shard does not depend on the other pages (for a given number of shards).
    const again = planSearchShards([...notes].reverse()).filter((shard) => shard.key.startsWith('pages-'));
    const shardOf = (list: typeof shards, path: string) => list.find((shard) => shard.paths.includes(path))!.key;
    for (const path of ['pages/note-0/index.html', 'pages/note-4499/index.html']) expect(shardOf(again, path)).toBe(shardOf(shards, path));
  });
});
