/**
 * Full-text search without a server: Pagefind indexes the built pages (only
 * those marked `data-pagefind-body`: goals, weeks, plain pages, reviews)
 * and writes its index and script under `pagefind/`. Only published pages
 * exist in the output, so nothing private or draft can be indexed.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Index the site in `siteDir`; returns the number of pages indexed. */
export async function indexSite(siteDir: string, language: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: language,
    excludeSelectors: ['svg', '.task-mark', '.visually-hidden', '.kicker', '.pager'],
  });
  try {
    if (!index) throw new Error(`search index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
