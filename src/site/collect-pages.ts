/** Every file of the site, as pages for Eleventy to lay out. */
import { absoluteUrl } from './feeds/absolute-url.js';
import { atomFeed } from './feeds/atom-feed.js';
import { calendarPage } from './feeds/calendar-ics.js';
import { robotsTxt, sitemap } from './feeds/sitemap.js';
import { goalPages } from './pages/goal-pages.js';
import { homePage } from './pages/home-page.js';
import { notFoundPage, plainPages, searchPage } from './pages/plain-pages.js';
import { progressPage } from './pages/progress-page.js';
import { reviewPages } from './pages/review-pages.js';
import { tagPages } from './pages/tag-pages.js';
import { weekPages } from './pages/week-pages.js';
import type { SiteContext } from './site-context.js';
import { attachSocialImages, type SocialImage } from './social/social-card.js';
import type { SitePage } from './site-page.js';

/**
 * All pages of the site: HTML pages, then the feed and sitemap (when the
 * site's address is known), calendar, robots.txt and 404 page; and with
 * `socialImages` (and the site's address known) the link-preview image of
 * each page that gets one, its `og:image` set.
 */
export function collectSite(context: SiteContext, { socialImages = false }: { socialImages?: boolean } = {}): { pages: SitePage[]; images: SocialImage[] } {
  const pages = [
    homePage(context),
    ...goalPages(context),
    ...weekPages(context),
    progressPage(context),
    ...reviewPages(context),
    ...tagPages(context),
    ...plainPages(context),
    searchPage(),
  ];
  if (context.siteUrl) for (const page of pages) page.view.canonical = absoluteUrl(page.url, context);
  // Before the sitemap, which hashes each page's view.
  const images = socialImages ? attachSocialImages(context, pages) : [];
  const files = [atomFeed(context), calendarPage(context), sitemap(pages, context), robotsTxt(context), notFoundPage()];
  return { pages: [...pages, ...files.filter((page) => page !== undefined)], images };
}
