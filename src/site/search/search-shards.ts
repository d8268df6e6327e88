/**
 * The search index comes in shards, so that a build after a small change
 * indexes again only the shards whose pages changed: Pagefind has no
 * incremental mode, and indexing is the slowest part of a build (about a
 * millisecond per page). The browser merges the shards (Pagefind's
 * `mergeIndex`, listed in `pagefind/shards.json`).
 *
 * Weeks are grouped by spans of two years, with the reviews of those years
 * (a week's change changes its year's review), as the latest week is what
 * changes most; plain pages by a hash of their path, into as many groups as
 * keep at most 1,000 pages each; everything else (goals) is in the primary
 * shard, which also holds Pagefind's script (without goals, the first other
 * shard is the primary).
 */
import { createHash } from 'node:crypto';
import { siteFileOf } from '../../model/content-paths.js';
import type { SitePage } from '../site-page.js';

export interface SearchShard {
  /** `main`, `weeks-2024`, `pages-3`. */
  key: string;
  /** Where its index is written in the site: `pagefind` (the primary) or `pagefind/shards/<key>`. */
  folder: string;
  /** Its pages' output paths (`weeks/2026-W47/index.html`), in the order they are indexed. */
  paths: string[];
}

/** The primary shard's folder, which also holds Pagefind's script. */
export const SEARCH_FOLDER = 'pagefind';
/** The list of the other shards' folders, relative to `pagefind/`, for the search page. */
export const SHARD_LIST = 'shards.json';
/** Where the other shards go, relative to `pagefind/`. */
export const SHARDS_FOLDER = 'shards';

const PAGES_PER_SHARD = 1000;
const MAX_PAGE_SHARDS = 64;
const YEARS_PER_SHARD = 2;

/** Split the searchable pages (in writing order) into shards; the primary comes first and is always there. */
export function planSearchShards(pages: readonly SitePage[]): SearchShard[] {
  const searchable = pages.filter((page) => page.view.searchable === true);
  const plainCount = searchable.filter((page) => page.layout === 'page.njk').length;
  let pageShards = 1;
  while (pageShards < MAX_PAGE_SHARDS && pageShards * PAGES_PER_SHARD < plainCount) pageShards *= 2;

  const shards = new Map<string, SearchShard>([['main', { key: 'main', folder: SEARCH_FOLDER, paths: [] }]]);
  for (const page of searchable) {
    const path = siteFileOf(page.url);
    const key = shardKey(page, path, pageShards);
    let shard = shards.get(key);
    if (!shard) {
      shard = { key, folder: `${SEARCH_FOLDER}/${SHARDS_FOLDER}/${key}`, paths: [] };
      shards.set(key, shard);
    }
    shard.paths.push(path);
  }
  const planned = [...shards.values()];
  // Pagefind's script cannot start from an empty index: without goals, the first other shard is the primary.
  if (planned[0]!.paths.length === 0 && planned.length > 1) return [{ ...planned[1]!, folder: SEARCH_FOLDER }, ...planned.slice(2)];
  return planned;
}

/** The shard folders the browser merges into the primary index, relative to `pagefind/` (`shards/weeks-2024/`). */
export function mergedFolders(shards: readonly SearchShard[]): string[] {
  return shards.filter((shard) => shard.folder !== SEARCH_FOLDER).map((shard) => `${shard.folder.slice(SEARCH_FOLDER.length + 1)}/`);
}

function shardKey(page: SitePage, path: string, pageShards: number): string {
  const dated =
    page.layout === 'week.njk' ? /^\/weeks\/(\d{4})-W\d{2}\/$/.exec(page.url) : page.layout === 'review.njk' ? /^\/review\/(\d{4})\/$/.exec(page.url) : null;
  if (dated) {
    const year = Number(dated[1]);
    return `weeks-${year - (year % YEARS_PER_SHARD)}`;
  }
  if (page.layout === 'page.njk') return `pages-${createHash('sha1').update(path).digest().readUInt32BE(0) % pageShards}`;
  return 'main';
}
