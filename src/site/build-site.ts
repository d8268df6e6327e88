/**
 * The site build: the checked journal → pages → Eleventy → a fresh folder
 * beside the output, swapped in only when everything is written. The middle
 * (`emitSite`) is shared with `serve`, whose target is its preview folder.
 * Nothing is read from the content folder here except the assets, copied
 * as they are.
 */
import { readFileSync } from 'node:fs';
import { chmod, copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IsoDate, Journal } from '../model/types.js';
import { collectSite } from './collect-pages.js';
import { createSiteContext } from './create-context.js';
import { writingOrder } from './eleventy/writing-order.js';
import { findReusablePages } from './reuse-pages.js';
import { findReusableShards } from './search/reuse-shards.js';
import type { SearchIndex } from './search/search-index.js';
import { mergedFolders, planSearchShards, SEARCH_FOLDER, SHARD_LIST } from './search/search-shards.js';
import { openSearchThreads } from './search/search-thread.js';
import {
  assertReplaceableOutput,
  assertSafeOutput,
  diskFailure,
  discardStaging,
  makeStagingFolder,
  recoverInterruptedSwap,
  SITE_MARKER,
  SITE_MARKER_TEXT,
  swapInOutput,
} from './output-folder.js';
import { carryOver, openStaging } from './spare-output.js';
import type { SiteContext } from './site-context.js';
import { buildMoment } from './feeds/content-dates.js';
import type { SitePage } from './site-page.js';
import { trace } from '../util/trace.js';
import { siteFileOf } from '../model/content-paths.js';
import { startDrawing } from './social/draw-images.js';
import { findReusableImages } from './social/reuse-images.js';
import type { SocialImage } from './social/social-card.js';
import { trimChars } from '../util/trim-chars.js';
import { LAYOUTS_DIR } from './layouts-dir.js';
import { openWorkspace, type Workspace } from '../workspace/workspace.js';

export { LAYOUTS_DIR } from './layouts-dir.js';

/** Files from `layouts/` copied to the site's root. */
const STATIC_FILES = ['style.css', 'icon.svg'];

export interface BuildSiteOptions {
  journal: Journal;
  today: IsoDate;
  /** The content folder (absolute), where assets are copied from. */
  contentRoot: string;
  outputDir: string;
  /** The project folder, which the output may not be nor contain. */
  projectDir: string;
  /** Overrides the prefix from journal.yml's `url` (or from `url` below). */
  pathPrefix?: string;
  /**
   * The site's address when journal.yml has no `url` (`build --url`, e.g.
   * GitHub Pages' base URL); its path is the prefix unless `pathPrefix` is given.
   */
  url?: string;
  /** The build's clock (default: now); see content-dates.ts. */
  clock?: Date;
  /** Show drafts (serve); build never does. */
  includeDrafts?: boolean;
  /** Show private entries (serve's local preview); build never does. */
  includePrivate?: boolean;
  /** Build the search index (default true; serve may skip it for speed). */
  search?: boolean;
  /**
   * Draw a link-preview image for every published page (default true; only
   * with the site's address, as `og:image` must be absolute). `serve` does
   * not: see updatePreview.
   */
  socialImages?: boolean;
  layoutsDir?: string;
  /**
   * What is kept between runs (default: nothing): HTML rendered from
   * unchanged Markdown and pages that did not change are taken from earlier
   * builds (see reuse-pages.ts). Saved once the new site is in place.
   */
  workspace?: Workspace;
  /**
   * Stop early (Ctrl-C): checked between phases, never once the swap has
   * begun; the build then fails with the signal's reason, having removed its
   * new folder and stopped the indexer, and the previous site is kept.
   */
  signal?: AbortSignal;
}

export interface BuiltSite {
  /** The number of files written (pages, feeds, assets and the search index). */
  files: number;
  /** How many of the pages were copied unchanged from the previous build instead of laid out again. */
  reused: number;
  /** Link-preview images drawn by this build, and taken unchanged from the previous one. */
  images: { drawn: number; reused: number };
  pathPrefix: string;
}

/** What a build writes, worked out from the journal: no I/O. */
export interface SitePlan {
  context: SiteContext;
  pages: SitePage[];
  /** What every layout reads as `site`. */
  site: Record<string, unknown>;
  pathPrefix: string;
  /** The pages' link-preview images (see social/social-card.ts). */
  images: SocialImage[];
}

/** Publish, compute the figures and lay out every page's data. */
export function planSite(
  options: Pick<BuildSiteOptions, 'journal' | 'today' | 'pathPrefix' | 'includeDrafts' | 'includePrivate' | 'url' | 'clock' | 'workspace' | 'socialImages'>,
): SitePlan {
  const { config } = options.journal;
  const url = config.url ? undefined : options.url;
  const pathPrefix = normalizePrefix(options.pathPrefix ?? (url ? new URL(url).pathname : config.pathPrefix));
  const context = createSiteContext(options.journal, {
    today: options.today,
    pathPrefix,
    includeDrafts: options.includeDrafts ?? false,
    includePrivate: options.includePrivate ?? false,
    workspace: options.workspace,
    url,
    moment: buildMoment(options.today, options.clock),
  });
  const { pages, images } = collectSite(context, { socialImages: options.socialImages ?? true });
  return { context, pages, images, site: siteData(context), pathPrefix };
}

/**
 * Copy the stylesheet, the icon and the journal's published assets into a
 * site folder; returns the number of files. With `fileMode`, each copy gets
 * that mode (a copy otherwise keeps its source's, which may be private).
 */
export async function copySiteFiles(context: SiteContext, { contentRoot, siteDir, layoutsDir = LAYOUTS_DIR, fileMode }: { contentRoot: string; siteDir: string; layoutsDir?: string; fileMode?: number }): Promise<number> {
  const copy = async (source: string, target: string) => {
    await copyFile(source, target);
    if (fileMode !== undefined) await chmod(target, fileMode);
  };
  for (const file of STATIC_FILES) await copy(join(layoutsDir, file), join(siteDir, file));
  for (const asset of context.journal.assets) {
    const target = join(siteDir, ...asset.url.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await copy(join(contentRoot, ...asset.path.split('/')), target);
  }
  return STATIC_FILES.length + context.journal.assets.length;
}

/**
 * Build the site into `outputDir`, replacing what was there only on success,
 * and only when it is missing, empty or a site logbook wrote (else an
 * `OutputFolderError`). A disk that fails (full, read-only, not allowed) is
 * a `SiteWriteError`.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  const { outputDir } = options;
  const workspace = options.workspace ?? (await openWorkspace({ mode: 'off' }));
  assertSafeOutput({ outputDir, contentDir: options.contentRoot, projectDir: options.projectDir, cacheDir: workspace.dir });
  assertReplaceableOutput(outputDir);
  const target = swappedFolder({ ...options, workspace });
  try {
    options.signal?.throwIfAborted();
    return await emitSite({ ...options, workspace }, target);
  } catch (error) {
    await target.discard();
    throw diskFailure(error, { stagingDir: target.done.stagingDir, outputDir, previousKept: !target.done.swapped }) ?? error;
  } finally {
    await target.stop();
    trace('stop search');
  }
}

/** Where `emitSite` writes a plan, and what it does before and after. */
export interface SiteTarget<R> {
  /** Get ready for `plan`: the folder to write into, the pages to lay out there (it holds the others already), whether to copy the site's files. */
  open(plan: SitePlan): Promise<SiteWrite>;
  /** Everything is written (`copied`: the files copied): put it in place. */
  close(plan: SitePlan, copied: number): Promise<R>;
}

export interface SiteWrite {
  dir: string;
  pages: SitePage[];
  copyFiles: boolean;
  /** The mode of each file copied (see copySiteFiles). */
  fileMode?: number;
  /** Called with each file as Eleventy writes it (HTML pages, the feed, the sitemap, …). */
  onPage?(path: string, text: string): void;
  /** The link-preview images to draw into `dir` (it holds the others already). */
  images?: SocialImage[];
}

export type EmitOptions = Parameters<typeof planSite>[0] & { contentRoot: string; layoutsDir?: string };

/**
 * The checked journal → pages, for `build` and `serve` alike: plan the
 * site, let the target say where and which pages to lay out, lay them out
 * with Eleventy, copy the site's files, and let the target put it all in
 * place.
 */
export async function emitSite<R>(options: EmitOptions, target: SiteTarget<R>): Promise<R> {
  const { contentRoot, layoutsDir = LAYOUTS_DIR } = options;
  const plan = planSite(options);
  trace('plan');
  const write = await target.open(plan);
  // Drawn in worker threads while Eleventy lays the pages out on this one.
  const drawing = startDrawing((write.images ?? []).map(({ url, card }) => ({ file: join(write.dir, ...siteFileOf(url).split('/')), card })));
  try {
    if (write.pages.length > 0) {
      // Eleventy is loaded only when there are pages to lay out: a build whose pages are all unchanged never loads it.
      const { runEleventy } = await import('./eleventy/run-eleventy.js');
      await runEleventy({ pages: write.pages, site: plan.site, layoutsDir, outputDir: write.dir, pathPrefix: plan.pathPrefix, onPage: write.onPage });
    }
    trace('eleventy');
    const drawn = await drawing.finish();
    if (drawn > 0) trace(`social images: ${drawn} drawn`);
  } finally {
    await drawing.cancel();
  }
  const copied = write.copyFiles ? await copySiteFiles(plan.context, { contentRoot, siteDir: write.dir, layoutsDir, fileMode: write.fileMode }) : 0;
  return target.close(plan, copied);
}

/**
 * The build's target: a fresh folder beside the output (or the spare the
 * workspace kept), holding the pages unchanged since the last build as
 * links, and the search index; swapped in once whole.
 */
function swappedFolder(options: BuildSiteOptions & { workspace: Workspace }): SiteTarget<BuiltSite> & { done: { stagingDir?: string; swapped: boolean }; discard(): Promise<void>; stop(): Promise<void> } {
  const { journal, outputDir, layoutsDir = LAYOUTS_DIR, workspace } = options;
  // How far it got (a failure says whether the previous site was kept).
  const done: { stagingDir?: string; swapped: boolean } = { swapped: false };
  let search: SearchIndex | undefined;
  let finish: ((plan: SitePlan, copied: number) => Promise<BuiltSite>) | undefined;
  return {
    async open(plan) {
      const { pages, site, pathPrefix } = plan;
      await recoverInterruptedSwap(outputDir);
      // The new site's root, made first: its mode (the umask's) is the mode of every folder of the site,
      // and pages written under another umask are not reused.
      const stagingDir = (done.stagingDir = await makeStagingFolder(outputDir));
      const folderMode = (await stat(stagingDir)).mode & 0o777;
      const reuse = await findReusablePages({ pages, site, settings: JSON.stringify(journal.config), pathPrefix, layoutsDir, outputDir, workspace, mode: folderMode });
      trace('unchanged pages');
      // Each shard's pages in the order Eleventy lays them out, so that they are indexed as they are written.
      const shards = options.search === false ? [] : planSearchShards(writingOrder(pages));
      const shardReuse =
        reuse && shards.length > 0
          ? findReusableShards({ shards, unchanged: reuse.reusable, outputDir, workspace, context: `${journal.config.language} ${pagefindVersion()} ${folderMode.toString(8)}` })
          : undefined;
      const images = findReusableImages({ images: plan.images, outputDir, workspace, mode: folderMode });
      trace(`unchanged social images: ${images.fresh.length} of ${plan.images.length} to draw`);
      const stale = shardReuse?.stale ?? shards;
      trace(`unchanged shards: ${reuse?.fresh.length ?? pages.length} pages and ${stale.length} shards to make`);
      const indexed = new Set(stale.flatMap((shard) => shard.paths));
      const carried = new Map([...(reuse?.carried ?? []), ...(shardReuse?.carried ?? []), ...images.carried]);
      const staging = await openStaging({ dir: stagingDir, spare: workspace.spareFolder, keep: carried });
      trace(`staging${staging.fromSpare ? ` from the spare (${staging.present.size} files kept)` : ''}`);
      // The indexer reads each page as it is written, beside Eleventy.
      if (stale.length > 0) search = await openSearchThreads(journal.config.language, stale);
      options.signal?.throwIfAborted();
      const copied = carryOver(staging, outputDir, carried.keys());
      trace('carry over');
      // Unchanged pages of a shard indexed again are read by the indexing thread.
      for (const path of reuse?.reusable.keys() ?? []) {
        if (indexed.has(path)) search?.addFile(path, join(staging.dir, ...path.split('/')));
      }
      const fresh = reuse?.fresh ?? pages;
      finish = async (_plan, copiedFiles) => {
        options.signal?.throwIfAborted();
        const indexFiles = (await search?.write(staging.dir)) ?? {};
        trace('search index');
        options.signal?.throwIfAborted();
        if (shards.length > 0) await writeFile(join(staging.dir, SEARCH_FOLDER, SHARD_LIST), `${JSON.stringify(mergedFolders(shards))}\n`);
        // Last, so that only a whole site carries it: the next build may replace this folder.
        await writeFile(join(staging.dir, SITE_MARKER), SITE_MARKER_TEXT, { flag: 'wx' });
        // Every file carried over, every page laid out (one file each), the copies, the index and its list of shards, the marker.
        const files = carried.size + fresh.length + images.fresh.length + copiedFiles + Object.values(indexFiles).flat().length + (shards.length > 0 ? 1 : 0) + 1;
        await swapInOutput(staging.dir, outputDir, { keepOldAt: workspace.spareFolder });
        done.swapped = true;
        trace('swap');
        reuse?.remember(copied);
        images.remember();
        shardReuse?.remember((path) => reuse?.writtenHash(path), indexFiles);
        await workspace.save();
        trace('save cache');
        return { files, reused: reuse?.reusable.size ?? 0, pathPrefix, images: { drawn: images.fresh.length, reused: images.carried.size } };
      };
      const written = (path: string, html: string) => {
        if (indexed.has(path)) search?.add(path, html);
        reuse?.written(path, html);
      };
      return { dir: staging.dir, pages: fresh, copyFiles: true, fileMode: folderMode & 0o666, onPage: written, images: images.fresh };
    },
    close: (plan, copied) => finish!(plan, copied),
    done,
    /** After a failure: remove the new folder. */
    async discard() {
      if (done.stagingDir !== undefined) await discardStaging(done.stagingDir);
    },
    /** In any case: stop the indexing threads. */
    async stop() {
      await search?.close();
    },
  };
}

/** Pagefind's version: an index written by another version is never reused. */
function pagefindVersion(): string {
  try {
    const entry = fileURLToPath(import.meta.resolve('pagefind'));
    return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** `journal`, `/journal`, `/journal/` → `/journal/`; empty → `/`. */
export function normalizePrefix(prefix: string): string {
  const trimmed = trimChars(prefix.trim(), '/');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** What every layout reads as `site`. */
function siteData(context: SiteContext): Record<string, unknown> {
  const { config } = context.journal;
  const years = [...new Set(context.journal.weeks.map((week) => week.year))];
  return {
    title: config.title,
    author: config.author,
    description: config.description,
    language: config.language,
    url: context.siteUrl,
    // The feed needs absolute addresses: there is none without the site's URL.
    feed: context.siteUrl !== undefined,
    pathPrefix: context.pathPrefix,
    showDrafts: context.includeDrafts,
    nav: [
      { url: '/', label: 'Home' },
      { url: '/goals/', label: 'Goals' },
      { url: '/weeks/', label: 'Weeks' },
      { url: '/progress/', label: 'Progress' },
      ...(years.length > 0 ? [{ url: `/review/${years.at(-1)}/`, label: 'Review' }] : []),
      ...context.journal.pages.filter((page) => !page.path.includes('/')).map((page) => ({ url: page.url, label: page.title })),
    ],
  };
}
