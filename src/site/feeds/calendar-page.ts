/** The calendar as a site file. */
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { absoluteUrl } from './absolute-url.js';
import { calendarIcs } from './calendar-ics.js';

/** `/calendar.ics` of the published goals' milestones; without the site's address, events have no `URL`. */
export function calendarPage(context: SiteContext): SitePage {
  const milestones = context.progress.goals.flatMap((goal) => goal.milestones);
  const { siteUrl } = context;
  const text = calendarIcs({
    name: `${context.journal.config.title}: milestones`,
    milestones,
    goalUrl: siteUrl ? (slug) => absoluteUrl(context.links.goals.get(slug) ?? '/goals/', context) : undefined,
    // A UID needs no web address, only something unique to the journal's calendar.
    host: siteUrl ? new URL(siteUrl).host : 'logbook',
    today: context.today,
  });
  return { url: '/calendar.ics', layout: 'raw.njk', view: { text } };
}
