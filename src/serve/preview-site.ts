/**
 * The site as `serve` shows it, kept up to date page by page: every change
 * plans the whole site (cheap: the journal is already parsed), but only the
 * pages whose data changed go through Eleventy again, and pages that no
 * longer exist are removed. Drafts and private entries are shown, marked.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate, Journal } from '../model/types.js';
import { copySiteFiles, LAYOUTS_DIR, planSite } from '../site/build-site.js';
import { runEleventy } from '../site/eleventy/run-eleventy.js';
import type { RenderMemo } from '../site/markdown/render-markdown.js';

export interface PreviewOptions {
  journal: Journal;
  today: IsoDate;
  contentRoot: string;
  /** The folder the preview is served from (a temporary one; never `_site/`). */
  siteDir: string;
  layoutsDir?: string;
  /** Page hashes of the previous update; none for a first, full build. */
  previous?: ReadonlyMap<string, string>;
  /** Rendered Markdown kept for the session. */
  renderMemo?: RenderMemo;
}

export interface PreviewUpdate {
  /** Page hashes to pass to the next update. */
  hashes: Map<string, string>;
  pathPrefix: string;
  /** Pages written by this update. */
  written: number;
  /** Pages removed by this update. */
  removed: number;
}

/** Bring the preview folder up to date with the journal. */
export async function updatePreview({ journal, today, contentRoot, siteDir, layoutsDir = LAYOUTS_DIR, previous, renderMemo }: PreviewOptions): Promise<PreviewUpdate> {
  const { context, pages, site, pathPrefix } = planSite({ journal, today, includeDrafts: true, includePrivate: true, renderMemo });
  const siteJson = JSON.stringify(site);
  const hashes = new Map(pages.map((page) => [page.url, hashOf(page.layout, siteJson, JSON.stringify(page.view))]));
  const changed = pages.filter((page) => previous?.get(page.url) !== hashes.get(page.url));
  const gone = [...(previous?.keys() ?? [])].filter((url) => !hashes.has(url));
  if (changed.length > 0) await runEleventy({ pages: changed, site, layoutsDir, outputDir: siteDir, pathPrefix });
  for (const url of gone) await rm(join(siteDir, ...fileOf(url).split('/')), { force: true });
  await copySiteFiles(context, { contentRoot, siteDir, layoutsDir });
  return { hashes, pathPrefix, written: changed.length, removed: gone.length };
}

/** The file a site path is written to. */
export function fileOf(url: string): string {
  return url.endsWith('/') ? `${url}index.html` : url;
}

function hashOf(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}
