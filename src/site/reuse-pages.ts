/**
 * A build after a small change should not lay out every page again. Each
 * HTML page written is remembered in the cache folder by a hash of what it
 * is made from (its layout and view; the site data, layouts, prefix and
 * output folder being the same for the whole record set) and a hash of the
 * bytes written. The next build copies a page from the current output
 * instead of laying it out only when both still hold: the file is read and
 * its bytes checked, so a page edited or removed by hand is laid out again.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openStoredMap, type StoredMap } from '../cache/stored-map.js';
import type { SitePage } from './site-page.js';

/** What one written page was made from, and what was written. */
export interface PageRecord {
  made: string;
  written: string;
}

export interface PageReuse {
  /** Pages whose current output can be copied: output path → its HTML. */
  reusable: Map<string, string>;
  /** Pages that must be laid out. */
  fresh: SitePage[];
  /** Remember a page written by this build (output path, its HTML). */
  written(path: string, html: string): void;
  /** Keep the records for the next build (after the new output is in place). */
  save(): Promise<void>;
}

export interface ReuseOptions {
  pages: readonly SitePage[];
  /** What every page reads as `site`. */
  site: Record<string, unknown>;
  pathPrefix: string;
  layoutsDir: string;
  /** The output folder of the previous build, where pages are copied from. */
  outputDir: string;
  cacheDir: string;
}

/** Which pages the current output already holds, unchanged. */
export async function findReusablePages({ pages, site, pathPrefix, layoutsDir, outputDir, cacheDir }: ReuseOptions): Promise<PageReuse> {
  const context = hash(outputDir, pathPrefix, JSON.stringify(site), await layoutsFingerprint(layoutsDir));
  const records: StoredMap<PageRecord> = await openStoredMap({ dir: cacheDir, name: 'site-pages.bin', context });
  const madeOf = new Map<string, string>();
  const reusable = new Map<string, string>();
  const fresh: SitePage[] = [];
  for (const page of pages) {
    const path = outputPathOf(page.url);
    if (!path.endsWith('.html')) {
      fresh.push(page);
      continue;
    }
    const made = hash(page.layout, JSON.stringify(page.view));
    madeOf.set(path, made);
    const record = records.get(path);
    const html = record?.made === made ? await readFile(join(outputDir, ...path.split('/')), 'utf8').catch(() => undefined) : undefined;
    if (html !== undefined && hash(html) === record!.written) reusable.set(path, html);
    else fresh.push(page);
  }
  return {
    reusable,
    fresh,
    written(path, html) {
      const made = madeOf.get(path);
      if (made !== undefined) records.set(path, { made, written: hash(html) });
    },
    save: () => records.save(),
  };
}

/** The file a site path is written to, relative to the output folder (`goals/go/index.html`). */
export function outputPathOf(url: string): string {
  const path = url.endsWith('/') ? `${url}index.html` : url;
  return path.replace(/^\/+/, '');
}

/** A hash of every file in the layouts folder. */
async function layoutsFingerprint(layoutsDir: string): Promise<string> {
  const entries = await readdir(layoutsDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  const digest = createHash('sha1');
  for (const file of files) digest.update(file.slice(layoutsDir.length)).update('\0').update(await readFile(file)).update('\0');
  return digest.digest('base64url');
}

function hash(...parts: string[]): string {
  const digest = createHash('sha1');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('base64url');
}
