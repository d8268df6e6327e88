/**
 * Drive Eleventy 3 from TypeScript. Its input folder is a fresh, empty
 * temporary folder holding only our layouts (copied from `layouts/`); every
 * page is a virtual template whose data is the prepared, sanitised view.
 * Eleventy never sees the journal's files, so their front matter, Liquid or
 * permalinks can do nothing.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';
// Before Eleventy, which reads it when imported.
import './skip-esm-resolver.js';
import { Eleventy } from '@11ty/eleventy';
import type { SitePage } from '../site-page.js';
import { prefixHtmlUrls } from './prefix-urls.js';
import { byLayout } from './writing-order.js';

export interface RunEleventyOptions {
  pages: readonly SitePage[];
  /** Data every layout can read as `site`. */
  site: Record<string, unknown>;
  /** The folder holding our layouts. */
  layoutsDir: string;
  /** Where Eleventy writes (a fresh folder). */
  outputDir: string;
  /** `/` or `/journal/`. */
  pathPrefix: string;
  /** Called with each file as it is written (HTML pages, the feed, the sitemap, …): its path in the output folder (`goals/go/index.html`) and its text. */
  onPage?: (path: string, text: string) => void;
}

/** Whether a site path stays inside the output folder: absolute, no `.`/`..` segment, no backslash or NUL. */
export function isSafeSitePath(url: string): boolean {
  return url.startsWith('/') && !/[\\\0]/.test(url) && !url.split('/').some((segment) => segment === '.' || segment === '..');
}

/** Build the pages with Eleventy into `outputDir`. */
export async function runEleventy({ pages, site, layoutsDir, outputDir, pathPrefix, onPage }: RunEleventyOptions): Promise<void> {
  for (const page of pages) {
    if (!isSafeSitePath(page.url)) throw new Error(`refusing to write a page outside the site: ${JSON.stringify(page.url)}`);
  }
  const inputDir = await mkdtemp(join(tmpdir(), 'logbook-input-'));
  try {
    await cp(layoutsDir, join(inputDir, '_includes'), {
      recursive: true,
      filter: (source) => !source.endsWith('.css') && !source.endsWith('.svg'),
    });
    const eleventy = new Eleventy(globFriendly(inputDir), outputDir, {
      quietMode: true,
      configPath: false,
      pathPrefix,
      config(config) {
        // The configuration benchmark exists before quiet mode applies: without this it prints timings.
        config.benchmarkManager?.get('Configuration').setIsVerbose(false);
        config.setUseGitIgnore(false);
        config.setTemplateFormats(['njk']);
        config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
        // The path prefix is applied to HTML pages by our own transform, which gives the HTML base plugin's
        // URLs without re-parsing every page. Every file written (HTML or not) is reported with its final text.
        config.addTransform('logbook-path-prefix', function (content) {
          const output = this.page.outputPath;
          if (typeof output !== 'string') return content;
          const text = output.endsWith('.html') ? prefixHtmlUrls(content, pathPrefix) : content;
          onPage?.(relative(outputDir, output).split(sep).join('/'), text);
          return text;
        });
        config.addGlobalData('site', site);
        config.addFilter('ogLocale', ogLocale);
        // One paginated template per layout, not one template per page: Eleventy's template map
        // and dependency graph grow with templates (a linear search per template), not with pages.
        for (const [index, [layout, group]] of byLayout(pages).entries()) {
          config.addTemplate(`logbook-${index}.njk`, '', {
            logbookViews: group.map((page) => page.view),
            pagination: { data: 'logbookViews', size: 1, alias: 'view' },
            layout,
            // A function, so the URL is never run through a template engine.
            permalink: (data: { pagination: { pageNumber: number } }) => group[data.pagination.pageNumber]!.url,
            eleventyExcludeFromCollections: true,
          });
        }
      },
    });
    eleventy.disableLogger();
    eleventy.setIsVerbose(false);
    await eleventy.write();
  } finally {
    await rm(inputDir, { recursive: true, force: true });
  }
}

/**
 * A language tag as Open Graph wants a locale: `en` → `en_US`, `pt-BR` →
 * `pt_BR`, `de` → `de_DE` (the likeliest region, from the runtime's locale
 * data); a tag it cannot read is left as it is, with `_` for `-`.
 */
export function ogLocale(language: unknown): string {
  const tag = String(language ?? '');
  try {
    const locale = new Intl.Locale(tag).maximize();
    return locale.region ? `${locale.language}_${locale.region}` : locale.language;
  } catch {
    return tag.replace(/-/g, '_');
  }
}

/**
 * The input folder as Eleventy should be given it: relative to the working
 * folder. Eleventy's search for templates (tinyglobby) given an absolute
 * folder elsewhere starts at the file system's root and lists every folder
 * on the way, all of the temporary folder's entries among them (35–150 ms
 * on a machine with a crowded /tmp); given `../../tmp/logbook-input-…`, it
 * starts in the input folder. Absolute where no relative path exists (another drive).
 */
function globFriendly(folder: string): string {
  const path = relative(process.cwd(), folder);
  return path === '' || isAbsolute(path) ? folder : path;
}
