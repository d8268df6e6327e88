/**
 * Full-text search without a server: Pagefind indexes the built pages (only
 * those marked `data-pagefind-body`: goals, weeks, plain pages, reviews) and
 * writes its index and script under `pagefind/`, one index per shard (see
 * search-shards.ts). Only published pages exist in the output, so nothing
 * private or draft can be indexed.
 *
 * Pages are handed to Pagefind as Eleventy writes them: its indexer is a
 * process of its own, so it works on one core while Eleventy lays out the
 * next pages on the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startPagefind, type PagefindIndex } from './pagefind-service.js';
import { SEARCH_FOLDER, SHARD_LIST, SHARDS_FOLDER, type SearchShard } from './search-shards.js';

export interface SearchIndex {
  /** Index one HTML page, `path` being where it is written in the site (`goals/go/index.html`); pages of no shard being indexed are ignored. */
  add(path: string, html: string): void;
  /** Index a page already written, read from `file`, if its shard is being indexed. */
  addFile(path: string, file: string): void;
  /** Wait for every page, then write each shard's index into its folder of `siteDir`; returns the files written. */
  write(siteDir: string): Promise<IndexFiles>;
  /** Stop the indexer and wait for its process to exit (always call, also after a failure). */
  close(): Promise<void>;
}

/** The files of each shard's index: shard key → paths relative to the site (`pagefind/index/en_1.pf_index`). */
export type IndexFiles = Record<string, string[]>;

/** Pagefind's files that no search of ours loads: its ready-made interfaces. */
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$|^pagefind-highlight\.js$/;
/** And in a shard merged into the primary: the script and the word-stemming code, which the primary loads. */
const UNUSED_IN_MERGED = /^pagefind(?:-worker)?\.js$|^wasm\..*\.pagefind$/;

/**
 * Start indexing `shards` for a site in `language`. Each shard's pages are
 * handed to Pagefind in the shard's order, whatever order they arrive in,
 * so an index is the same byte for byte however its pages were made.
 */
export async function openSearchIndex(language: string, shards: readonly SearchShard[]): Promise<SearchIndex> {
  const open: ShardIndex[] = [];
  const byPath = new Map<string, ShardIndex>();
  const pagefind = await startPagefind();
  try {
    for (const shard of shards) {
      const { index, errors } = await pagefind.createIndex({
        forceLanguage: language,
        excludeSelectors: ['svg', '.task-mark', '.visually-hidden', '.kicker', '.pager'],
      });
      if (!index) throw new Error(`search index: ${errors.join('; ')}`);
      const shardIndex = openShard(shard, index);
      open.push(shardIndex);
      for (const path of shard.paths) byPath.set(path, shardIndex);
    }
  } catch (error) {
    await pagefind.close();
    throw error;
  }
  return {
    add(path, html) {
      byPath.get(path)?.add(path, html);
    },
    addFile(path, file) {
      byPath.get(path)?.add(path, readFileSync(file, 'utf8'));
    },
    async write(siteDir) {
      const files: IndexFiles = {};
      for (const shard of open) files[shard.key] = await shard.write(siteDir);
      return files;
    },
    async close() {
      await pagefind.close();
    },
  };
}

interface ShardIndex {
  key: string;
  add(path: string, html: string): void;
  /** Returns the files written, relative to the site. */
  write(siteDir: string): Promise<string[]>;
}

function openShard(shard: SearchShard, index: PagefindIndex): ShardIndex {
  const added: Promise<{ errors: string[] }>[] = [];
  const send = (path: string, html: string) => {
    const content = searchablePart(html);
    if (content === undefined) return;
    // Caught here and reported by `write`, so that a failure is never an unhandled rejection.
    added.push(index.addHTMLFile({ sourcePath: path, content }).catch((error: unknown) => ({ errors: [String(error)] })));
  };
  const waiting = new Map<string, string>();
  let next = 0;
  return {
    key: shard.key,
    add(path, html) {
      waiting.set(path, html);
      while (next < shard.paths.length && waiting.has(shard.paths[next]!)) {
        const ready = shard.paths[next++]!;
        send(ready, waiting.get(ready)!);
        waiting.delete(ready);
      }
    },
    async write(siteDir) {
      for (const path of shard.paths.slice(next)) {
        const html = waiting.get(path);
        if (html !== undefined) send(path, html);
      }
      waiting.clear();
      const results = await Promise.all(added);
      const failed = results.flatMap((result) => result.errors);
      if (failed.length > 0) throw new Error(`search index: ${failed.join('; ')}`);
      const folder = join(siteDir, ...shard.folder.split('/'));
      const written = await index.writeFiles({ outputPath: folder });
      if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
      const merged = shard.folder !== SEARCH_FOLDER;
      for (const name of await readdir(folder)) {
        if (UNUSED.test(name) || (merged && UNUSED_IN_MERGED.test(name))) await rm(join(folder, name));
      }
      return filesOfShard(siteDir, shard);
    },
  };
}

/** The files of a shard's index, relative to the site: its folder, without the other shards and their list in the primary's. */
export function filesOfShard(siteDir: string, shard: SearchShard): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(siteDir, ...relative.split('/')), { withFileTypes: true })) {
      if (relative === SEARCH_FOLDER && (entry.name === SHARDS_FOLDER || entry.name === SHARD_LIST)) continue;
      const path = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk(shard.folder);
  return files.sort();
}

const WORD_CHAR = /\w/;
const BODY_MARK = /\bdata-pagefind-body\b/;

/**
 * Where the first start tag named `name` begins and ends (its `>`), found with
 * indexOf: patterns such as `/<main\b[^>]*>/` are quadratic on a page of
 * unclosed tags. `accept` sees the text inside the tag.
 */
function findStartTag(html: string, name: string, accept: (inside: string) => boolean = () => true): { start: number; end: number } | undefined {
  const open = `<${name}`;
  for (let start = html.indexOf(open); start !== -1; ) {
    const after = start + open.length;
    if (after < html.length && WORD_CHAR.test(html[after]!)) {
      start = html.indexOf(open, start + 1);
      continue;
    }
    const end = html.indexOf('>', after);
    if (end === -1) return undefined;
    if (accept(html.slice(after, end))) return { start, end };
    // A later tag starting before this `>` ends at the same `>`, inside this one: it cannot be accepted either.
    start = html.indexOf(open, end + 1);
  }
  return undefined;
}

/**
 * What Pagefind needs of a page: the document's language and title and the
 * element marked `data-pagefind-body` (our layouts mark `main`, which holds
 * no other `main`). The header, menu and footer around it are never indexed,
 * so they are not sent: Pagefind then parses a third of the text. A page
 * without the mark is not indexed at all.
 */
export function searchablePart(html: string): string | undefined {
  const start = findStartTag(html, 'main', (inside) => BODY_MARK.test(inside));
  if (!start) return undefined;
  const end = html.indexOf('</main>', start.start);
  if (end < 0) return undefined;
  const head = html.slice(0, html.indexOf('<body'));
  const htmlTag = findStartTag(head, 'html');
  const opening = htmlTag ? head.slice(0, htmlTag.end + 1) : '<html>';
  const titleStart = head.indexOf('<title>');
  const titleEnd = titleStart === -1 ? -1 : head.indexOf('</title>', titleStart + '<title>'.length);
  const title = titleEnd === -1 ? '' : head.slice(titleStart, titleEnd + '</title>'.length);
  return `${opening}<head>${title}</head><body>${html.slice(start.start, end + '</main>'.length)}</body></html>`;
}
