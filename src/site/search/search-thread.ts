/**
 * The search index, run in a worker thread. Eleventy writes its pages
 * synchronously, so the main thread's event loop never turns while it lays
 * them out: pages handed to Pagefind from there would only reach it after
 * the last one. Posted to a thread, each page is passed on at once, and
 * Pagefind (a process of its own) indexes on the second core meanwhile.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IndexFiles, SearchIndex } from './search-index.js';
import type { SearchShard } from './search-shards.js';
import type { SearchReply, SearchRequest } from './search-worker.js';

/**
 * The worker's compiled script. Under the test runner this module is
 * TypeScript in `src/`; the worker then runs from `dist/` (`npm test`
 * compiles first).
 */
function workerScript(): string {
  const beside = fileURLToPath(new URL('./search-worker.js', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../../dist/site/search/search-worker.js', import.meta.url));
}

/** Start indexing `shards` for a site in `language`, in a thread of its own (see `openSearchIndex`). */
export async function openSearchThread(language: string, shards: readonly SearchShard[]): Promise<SearchIndex> {
  const worker = new Worker(workerScript(), { workerData: { language, shards } });
  const replies: ((reply: SearchReply) => void)[] = [];
  let ended: Error | undefined;
  const endWith = (error: Error) => {
    ended ??= error;
    for (const waiter of replies.splice(0)) waiter({ type: 'failed', message: error.message });
  };
  worker.on('message', (reply: SearchReply) => replies.shift()?.(reply));
  worker.on('error', (error) => endWith(error));
  worker.on('exit', () => endWith(new Error('search index: the indexing thread stopped')));
  const next = () => new Promise<SearchReply>((resolve) => (ended ? resolve({ type: 'failed', message: ended.message }) : replies.push(resolve)));
  const send = (request: SearchRequest) => worker.postMessage(request);
  const expect = async (type: SearchReply['type']) => {
    const reply = await next();
    if (reply.type === 'failed') throw new Error(reply.message);
    if (reply.type !== type) throw new Error(`search index: expected ${type}, got ${reply.type}`);
    return reply;
  };

  try {
    await expect('ready');
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return {
    add(path, html) {
      if (!ended) send({ type: 'add', path, html });
    },
    addFile(path, file) {
      if (!ended) send({ type: 'addFile', path, file });
    },
    async write(siteDir) {
      send({ type: 'write', siteDir });
      const reply = await expect('written');
      return reply.type === 'written' ? reply.files : {};
    },
    async close() {
      if (ended) return;
      send({ type: 'close' });
      await expect('closed').catch(() => undefined);
      await worker.terminate();
    },
  };
}

/** Below this many pages to index, a second indexer costs more than it saves. */
const PAGES_FOR_TWO_INDEXERS = 500;

/**
 * Start indexing `shards` in one thread, or in two for many pages: each
 * thread has its own Pagefind process, so once Eleventy is done both cores
 * index (Pagefind indexes on one core). Shards are split by page count;
 * `minPages` is the fewest pages worth a second thread.
 */
export async function openSearchThreads(language: string, shards: readonly SearchShard[], { minPages = PAGES_FOR_TWO_INDEXERS } = {}): Promise<SearchIndex> {
  const pages = shards.reduce((sum, shard) => sum + shard.paths.length, 0);
  if (pages < minPages || shards.length < 2) return openSearchThread(language, shards);
  const groups: SearchShard[][] = [[], []];
  const sizes = [0, 0];
  for (const shard of [...shards].sort((a, b) => b.paths.length - a.paths.length)) {
    const smaller = sizes[0]! <= sizes[1]! ? 0 : 1;
    groups[smaller]!.push(shard);
    sizes[smaller]! += shard.paths.length;
  }
  const opened = await Promise.allSettled(groups.map((group) => openSearchThread(language, group)));
  const indexes = opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = opened.find((result) => result.status === 'rejected');
  if (failure) {
    await Promise.all(indexes.map((index) => index.close()));
    throw failure.reason;
  }
  const threadOf = new Map<string, SearchIndex>();
  groups.forEach((group, index) => {
    for (const shard of group) for (const path of shard.paths) threadOf.set(path, indexes[index]!);
  });
  return {
    add: (path, html) => threadOf.get(path)?.add(path, html),
    addFile: (path, file) => threadOf.get(path)?.addFile(path, file),
    async write(siteDir) {
      const written = await Promise.all(indexes.map((index) => index.write(siteDir)));
      return Object.assign({}, ...written) as IndexFiles;
    },
    async close() {
      await Promise.all(indexes.map((index) => index.close()));
    },
  };
}
