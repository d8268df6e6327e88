/** Plain pages (`about.md` → `/about/`, `pages/**.md`) and the 404 page. */
import { excerpt } from '../format.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { tagLinks } from './tag-pages.js';

/** One page per published plain Markdown file. */
export function plainPages(context: SiteContext): SitePage[] {
  return context.journal.pages.map((page) => ({
    url: page.url,
    layout: 'page.njk',
    view: {
      title: page.title,
      description: page.description ?? excerpt(context.fileText(page)),
      draft: page.draft,
      private: page.private,
      body: context.renderFile(page, { top: 2 }),
      tags: tagLinks(page.tags, context),
      searchable: true,
      ogType: 'article',
    },
  }));
}

/** `/search/`: a form that works everywhere, and results where JavaScript runs. */
export function searchPage(): SitePage {
  return {
    url: '/search/',
    layout: 'search.njk',
    // Result pages are not for search engines: left out of the sitemap and marked noindex.
    view: { title: 'Search', description: 'Find goals, weeks and pages by their words.', noindex: true },
  };
}

/** The page GitHub Pages shows for a missing URL. */
export function notFoundPage(): SitePage {
  return {
    url: '/404.html',
    layout: '404.njk',
    view: { title: 'Page not found', description: 'There is no page at this address.', noindex: true },
  };
}
