/**
 * The site as `serve` shows it, kept up to date page by page: every change
 * plans the whole site (cheap: the journal is already parsed, its Markdown
 * rendered), but only the pages whose data changed go through Eleventy
 * again, and pages that no longer exist are removed. Drafts and private
 * entries are shown, marked.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate, Journal } from '../model/types.js';
import { emitSite, LAYOUTS_DIR } from '../site/build-site.js';
import type { SitePage } from '../site/site-page.js';
import type { Workspace } from '../workspace/workspace.js';
import { siteFileOf } from '../model/content-paths.js';

export interface PreviewOptions {
  journal: Journal;
  today: IsoDate;
  contentRoot: string;
  /** The folder the preview is served from (a temporary one; never `_site/`). */
  siteDir: string;
  layoutsDir?: string;
  /** What the previous update laid out; none for a first, full build. */
  previous?: PreviewState;
  /** The layouts changed since `previous`: every page is laid out again. */
  layoutsChanged?: boolean;
  /** The session's workspace (rendered Markdown kept between updates). */
  workspace?: Workspace;
  /**
   * Whether the stylesheet, the icon or the journal's assets may have
   * changed since `previous` (default: yes): they are copied again only
   * then; assets gone are removed in any case.
   */
  copyFiles?: boolean;
}

/** The data of the pages laid out, by URL, and of the whole site, to compare the next plan with. */
export interface PreviewState {
  site: Record<string, unknown>;
  pages: ReadonlyMap<string, SitePage>;
  /** The URLs of the assets copied. */
  assets: readonly string[];
}

export interface PreviewUpdate {
  /** To pass to the next update. */
  state: PreviewState;
  pathPrefix: string;
  /** Pages written by this update. */
  written: number;
  /** Pages removed by this update. */
  removed: number;
}

/** Bring the preview folder up to date with the journal: the preview is a target of the one emitter (see emitSite). */
export async function updatePreview({ journal, today, contentRoot, siteDir, layoutsDir = LAYOUTS_DIR, previous, layoutsChanged = false, workspace, copyFiles = true }: PreviewOptions): Promise<PreviewUpdate> {
  let written = 0;
  let removed = 0;
  // No link-preview images: the preview runs on this machine, where no link preview can reach it, and
  // drawing them (tens of milliseconds each) would slow the first preview of a large journal by seconds.
  return emitSite({ journal, today, includeDrafts: true, includePrivate: true, workspace, contentRoot, layoutsDir, socialImages: false }, {
    async open({ pages, site, context }) {
      // Compared as data rather than hashed as JSON: most of a view is the very strings the last plan had.
      const sameSite = previous !== undefined && !layoutsChanged && sameData(previous.site, site);
      const changed = pages.filter((page) => {
        const before = sameSite ? previous.pages.get(page.url) : undefined;
        return !before || before.layout !== page.layout || !sameData(before.view, page.view);
      });
      const urls = new Set(pages.map((page) => page.url));
      const kept = new Set(context.journal.assets.map((asset) => asset.url as string));
      const gone = [...(previous?.pages.keys() ?? [])].filter((url) => !urls.has(url));
      for (const url of [...gone, ...(previous?.assets ?? []).filter((url) => !kept.has(url))]) await rm(join(siteDir, ...siteFileOf(url).split('/')), { force: true });
      removed = gone.length;
      written = changed.length;
      return { dir: siteDir, pages: changed, copyFiles: copyFiles || layoutsChanged || !previous };
    },
    async close({ pages, site, context, pathPrefix }) {
      const state = { site, pages: new Map(pages.map((page) => [page.url, page])), assets: context.journal.assets.map((asset) => asset.url as string) };
      return { state, pathPrefix, written, removed };
    },
  });
}

/**
 * Whether two values are the same data as a layout reads it (plain objects,
 * arrays, strings, numbers, booleans, dates); anything else counts as
 * changed, so a page is laid out again when in doubt.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
