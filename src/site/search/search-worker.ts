/**
 * The search index in a thread of its own (see search-thread.ts): pages
 * arrive as messages while the main thread goes on laying out the next
 * ones, and this thread's event loop keeps handing them to Pagefind.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSearchIndex, type IndexFiles } from './search-index.js';
import type { SearchShard } from './search-shards.js';

export type SearchRequest =
  | { type: 'add'; path: string; html: string }
  | { type: 'addFile'; path: string; file: string }
  | { type: 'write'; siteDir: string }
  | { type: 'close' };
export type SearchReply = { type: 'ready' } | { type: 'written'; files: IndexFiles } | { type: 'closed' } | { type: 'failed'; message: string };

const { language, shards } = workerData as { language: string; shards: SearchShard[] };
const port = parentPort!;
const reply = (message: SearchReply) => port.postMessage(message);

try {
  const index = await openSearchIndex(language, shards);
  port.on('message', (request: SearchRequest) => {
    if (request.type === 'add') return index.add(request.path, request.html);
    if (request.type === 'addFile') return index.addFile(request.path, request.file);
    if (request.type === 'write') {
      index.write(request.siteDir).then(
        (files) => reply({ type: 'written', files }),
        (error: unknown) => reply({ type: 'failed', message: (error as Error).message }),
      );
      return;
    }
    void index.close().finally(() => {
      reply({ type: 'closed' });
      port.close();
    });
  });
  reply({ type: 'ready' });
} catch (error) {
  reply({ type: 'failed', message: (error as Error).message });
  port.close();
}
