/**
 * The site build: the checked journal → pages → Eleventy → a fresh folder
 * beside the output, swapped in only when everything is written. Nothing is
 * read from the content folder here except the assets, copied as they are.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IsoDate, Journal } from '../model/types.js';
import { collectPages } from './collect-pages.js';
import { createSiteContext } from './create-context.js';
import { runEleventy } from './eleventy/run-eleventy.js';
import { indexSite } from './search-index.js';
import { assertSafeOutput, discardStaging, makeStagingFolder, recoverInterruptedSwap, swapInOutput } from './output-folder.js';
import type { SiteContext } from './site-context.js';

/** Our layouts, stylesheet and icon, next to `src/` and `dist/`. */
export const LAYOUTS_DIR = fileURLToPath(new URL('../../layouts/', import.meta.url));

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
  /** Overrides the prefix from journal.yml's `url`. */
  pathPrefix?: string;
  /** Show drafts (serve); build never does. */
  includeDrafts?: boolean;
  /** Build the search index (default true; serve may skip it for speed). */
  search?: boolean;
  layoutsDir?: string;
}

export interface BuiltSite {
  /** The number of files written (pages, feeds, assets and the search index). */
  files: number;
  pathPrefix: string;
}

/** Build the site into `outputDir`, replacing what was there only on success. */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  const { journal, outputDir, contentRoot, layoutsDir = LAYOUTS_DIR } = options;
  assertSafeOutput({ outputDir, contentDir: contentRoot, projectDir: options.projectDir });
  const pathPrefix = normalizePrefix(options.pathPrefix ?? journal.config.pathPrefix);
  const context = createSiteContext(journal, { today: options.today, pathPrefix, includeDrafts: options.includeDrafts ?? false });
  const pages = collectPages(context);
  await recoverInterruptedSwap(outputDir);
  const staging = await makeStagingFolder(outputDir);
  try {
    await runEleventy({ pages, site: siteData(context), layoutsDir, outputDir: staging, pathPrefix });
    for (const file of STATIC_FILES) await copyFile(join(layoutsDir, file), join(staging, file));
    if (options.search !== false) await indexSite(staging, journal.config.language);
    for (const asset of context.journal.assets) {
      const target = join(staging, ...asset.url.split('/'));
      await mkdir(dirname(target), { recursive: true });
      await copyFile(join(contentRoot, ...asset.path.split('/')), target);
    }
    const files = (await readdir(staging, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
    await swapInOutput(staging, outputDir);
    return { files, pathPrefix };
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
}

/** `journal`, `/journal`, `/journal/` → `/journal/`; empty → `/`. */
export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** What every layout reads as `site`. */
function siteData(context: SiteContext) {
  const { config } = context.journal;
  const years = [...new Set(context.journal.weeks.map((week) => week.year))];
  return {
    title: config.title,
    author: config.author,
    description: config.description,
    language: config.language,
    url: context.siteUrl,
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
