/**
 * `/sitemap.xml`: every HTML page a search engine should list, absolute,
 * each with the date it last changed (see content-dates.ts); and
 * `/robots.txt`, pointing at it. Pages marked `noindex` (search, 404) are
 * left out. There is no sitemap when the site's address is unknown.
 */
import { addDays } from '../../model/calendar-date.js';
import { isWeekOver } from '../../model/iso-week.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { madeHash } from '../site-page.js';
import { absoluteUrl } from './absolute-url.js';
import { rfc3339, xmlText } from './xml-text.js';

export interface SitemapUrl {
  /** Absolute. */
  loc: string;
  lastmod: Date;
}

/** The sitemap's XML: every value escaped, nothing XML cannot carry. */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const { loc, lastmod } of urls) lines.push(`  <url><loc>${xmlText(loc)}</loc><lastmod>${rfc3339(lastmod)}</lastmod></url>`);
  lines.push('</urlset>');
  return `${lines.join('\n')}\n`;
}

/** The sitemap of the given pages (their HTML ones that may be indexed), or none without the site's address. */
export function sitemap(pages: readonly SitePage[], context: SiteContext): SitePage | undefined {
  if (!context.siteUrl) return undefined;
  const ends = new Map(
    context.journal.weeks.filter((week) => isWeekOver(week.id, context.today)).map((week) => [week.url as string, new Date(`${addDays(week.sunday, 1)}T00:00:00Z`)]),
  );
  const urls = pages
    .filter((page) => page.url.endsWith('/') && !page.view.noindex)
    .map((page) => ({
      loc: absoluteUrl(page.url, context),
      lastmod: context.dates.date(`page ${page.url}`, madeHash(page), ends.get(page.url)),
    }));
  return { url: '/sitemap.xml', layout: 'raw.njk', view: { text: sitemapXml(urls) } };
}

/** `/robots.txt`: everything may be crawled; the sitemap's address when there is one. */
export function robotsTxt(context: SiteContext): SitePage {
  const lines = ['User-agent: *', 'Disallow:'];
  if (context.siteUrl) lines.push('', `Sitemap: ${absoluteUrl('/sitemap.xml', context)}`);
  return { url: '/robots.txt', layout: 'raw.njk', view: { text: `${lines.join('\n')}\n` } };
}
