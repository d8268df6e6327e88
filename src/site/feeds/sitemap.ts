/** `/sitemap.xml`: every HTML page, absolute. */
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { absoluteUrl } from './absolute-url.js';

/** The sitemap of the given pages (their HTML ones only). */
export function sitemap(pages: readonly SitePage[], context: SiteContext): SitePage {
  const urls = pages.filter((page) => page.url.endsWith('/')).map((page) => absoluteUrl(page.url, context));
  return { url: '/sitemap.xml', layout: 'sitemap.njk', view: { urls } };
}
