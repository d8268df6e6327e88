/**
 * Full-text search without a server: Pagefind indexes the built pages (only
 * those marked `data-pagefind-body`: goals, weeks, plain pages, reviews)
 * and writes its index and script under `pagefind/`. Only published pages
 * exist in the output, so nothing private or draft can be indexed.
 *
 * Pages are handed to Pagefind as Eleventy writes them: its indexer is a
 * process of its own, so it works on one core while Eleventy lays out the
 * next pages on the other.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndex {
  /** Index one HTML page, `path` being where it is written in the site (`goals/go/index.html`). */
  add(path: string, html: string): void;
  /** Wait for every page, then write the index into `siteDir/pagefind/`. */
  write(siteDir: string): Promise<void>;
  /** Stop the indexer (always call, also after a failure). */
  close(): Promise<void>;
}

/**
 * Start an index for a site in `language`. Pages are handed to Pagefind in
 * the `order` given (of output paths), whatever order they arrive in, so the
 * index is the same byte for byte however the pages were made.
 */
export async function openSearchIndex(language: string, order: readonly string[] = []): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: language,
    excludeSelectors: ['svg', '.task-mark', '.visually-hidden', '.kicker', '.pager'],
  });
  if (!index) {
    await pagefind.close();
    throw new Error(`search index: ${errors.join('; ')}`);
  }
  const added: Promise<{ errors: string[] }>[] = [];
  const send = (path: string, html: string) => {
    const content = searchablePart(html);
    if (content === undefined) return;
    // Caught here and reported by `write`, so that a failure is never an unhandled rejection.
    added.push(index.addHTMLFile({ sourcePath: path, content }).catch((error: unknown) => ({ errors: [String(error)] })));
  };
  const waiting = new Map<string, string>();
  const expected = new Set(order);
  let next = 0;
  return {
    add(path, html) {
      if (!expected.has(path)) return send(path, html);
      waiting.set(path, html);
      while (next < order.length && waiting.has(order[next]!)) {
        const ready = order[next++]!;
        send(ready, waiting.get(ready)!);
        waiting.delete(ready);
      }
    },
    async write(siteDir) {
      for (const path of order.slice(next)) {
        const html = waiting.get(path);
        if (html !== undefined) send(path, html);
      }
      waiting.clear();
      const results = await Promise.all(added);
      const failed = results.flatMap((result) => result.errors);
      if (failed.length > 0) throw new Error(`search index: ${failed.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
      if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    },
    async close() {
      await pagefind.close();
    },
  };
}

const BODY_START = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/;

/**
 * What Pagefind needs of a page: the document's language and title and the
 * element marked `data-pagefind-body` (our layouts mark `main`, which holds
 * no other `main`). The header, menu and footer around it are never indexed,
 * so they are not sent: Pagefind then parses a third of the text. A page
 * without the mark is not indexed at all.
 */
export function searchablePart(html: string): string | undefined {
  const start = BODY_START.exec(html);
  if (!start) return undefined;
  const end = html.indexOf('</main>', start.index);
  if (end < 0) return undefined;
  const head = html.slice(0, html.indexOf('<body'));
  const opening = /^[\s\S]*?<html\b[^>]*>/.exec(head)?.[0] ?? '<html>';
  const title = /<title>[\s\S]*?<\/title>/.exec(head)?.[0] ?? '';
  return `${opening}<head>${title}</head><body>${html.slice(start.index, end + '</main>'.length)}</body></html>`;
}
