/** `/feed.xml`: an Atom feed of the weekly logs, newest first, with full content and absolute links. */
import { dateRange, weekName } from '../format.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { absoluteUrl } from './absolute-url.js';

/** How many weeks the feed carries. */
export const FEED_LIMIT = 20;

/** The feed's page. */
export function atomFeed(context: SiteContext): SitePage {
  const { journal } = context;
  const base = context.siteUrl ?? context.pathPrefix;
  const weeks = [...journal.weeks].reverse().filter((week) => week.monday <= context.today).slice(0, FEED_LIMIT);
  const entries = weeks.map((week) => ({
    title: week.title === weekName(week) ? `${weekName(week)} (${dateRange(week.monday, week.sunday)})` : week.title,
    url: absoluteUrl(week.url, context),
    id: context.siteUrl ? absoluteUrl(week.url, context) : `urn:logbook:week:${week.id}`,
    updated: new Date(`${week.sunday}T00:00:00Z`),
    content: context.renderFile(week, { base, top: 2 }),
  }));
  return {
    url: '/feed.xml',
    layout: 'feed.njk',
    view: {
      title: journal.config.title,
      subtitle: journal.config.description,
      author: journal.config.author,
      home: absoluteUrl('/', context),
      self: absoluteUrl('/feed.xml', context),
      id: context.siteUrl ?? 'urn:logbook:feed',
      updated: entries[0]?.updated ?? new Date(`${context.today}T00:00:00Z`),
      entries,
    },
  };
}
