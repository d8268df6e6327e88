/**
 * The site as `serve` shows it, kept up to date page by page: every change
 * plans the whole site (cheap: the journal is already parsed, its Markdown
 * rendered), but a page goes through Eleventy again only when the page
 * records say so, as for `build` (see reuse-pages.ts: what it is made from
 * or its file changed), and files that no longer belong to the site are
 * removed. Drafts and private entries are shown, marked.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate, Journal } from '../model/types.js';
import { emitSite, LAYOUTS_DIR } from '../site/build-site.js';
import { findReusablePages } from '../site/reuse-pages.js';
import type { Workspace } from '../workspace/workspace.js';
import { siteFileOf } from '../model/content-paths.js';

export interface PreviewOptions {
  journal: Journal;
  today: IsoDate;
  contentRoot: string;
  /** The folder the preview is served from (a temporary one; never `_site/`). */
  siteDir: string;
  layoutsDir?: string;
  /** What the previous update wrote; none for a first, full build. */
  previous?: PreviewState;
  /** The session's workspace: rendered Markdown and the page records kept between updates (without one, every page is laid out). */
  workspace?: Workspace;
  /**
   * Whether the stylesheet, the icon or the journal's assets may have
   * changed since `previous` (default: yes): they are copied again only
   * then; files gone are removed in any case. (A changed layout needs no
   * word: the page records depend on the layouts.)
   */
  copyFiles?: boolean;
}

/** What the preview folder holds after an update. */
export interface PreviewState {
  /** Its pages and assets (relative, `/`-separated). */
  files: ReadonlySet<string>;
}

export interface PreviewUpdate {
  /** To pass to the next update. */
  state: PreviewState;
  pathPrefix: string;
  /** Pages laid out by this update. */
  written: number;
}

/** Bring the preview folder up to date with the journal: the preview is a target of the one emitter (see emitSite). */
export async function updatePreview({ journal, today, contentRoot, siteDir, layoutsDir = LAYOUTS_DIR, previous, workspace, copyFiles = true }: PreviewOptions): Promise<PreviewUpdate> {
  let files: Set<string> | undefined;
  let remember: (() => void) | undefined;
  let written = 0;
  // No link-preview images: the preview runs on this machine, where no link preview can reach it, and
  // drawing them (tens of milliseconds each) would slow the first preview of a large journal by seconds.
  return emitSite({ journal, today, includeDrafts: true, includePrivate: true, workspace, contentRoot, layoutsDir, socialImages: false }, {
    async open({ pages, site, context, pathPrefix }) {
      const reuse = workspace && (await findReusablePages({ pages, site, settings: JSON.stringify(journal.config), pathPrefix, layoutsDir, outputDir: siteDir, workspace }));
      files = new Set([...pages, ...context.journal.assets].map((file) => siteFileOf(file.url)));
      for (const path of previous?.files ?? []) if (!files.has(path)) await rm(join(siteDir, ...path.split('/')), { force: true });
      const fresh = reuse?.fresh ?? pages;
      written = fresh.length;
      // The preview folder is written in place: nothing is carried over.
      remember = () => reuse?.remember(new Set());
      return { dir: siteDir, pages: fresh, copyFiles: copyFiles || !previous, onPage: reuse && ((path, text) => reuse.written(path, text)) };
    },
    async close({ pathPrefix }) {
      remember!();
      return { state: { files: files! }, pathPrefix, written };
    },
  });
}
