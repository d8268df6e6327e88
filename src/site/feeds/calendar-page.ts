/** The calendar as a site file. */
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { absoluteUrl } from './absolute-url.js';
import { calendarIcs } from './calendar-ics.js';

/** `/calendar.ics` of the published goals' milestones. */
export function calendarPage(context: SiteContext): SitePage {
  const milestones = context.progress.goals.flatMap((goal) => goal.milestones);
  const host = context.siteUrl ? new URL(context.siteUrl).host : 'logbook.invalid';
  const text = calendarIcs({
    name: `${context.journal.config.title}: milestones`,
    milestones,
    goalUrl: (slug) => absoluteUrl(context.links.goals.get(slug) ?? '/goals/', context),
    host,
    today: context.today,
  });
  return { url: '/calendar.ics', layout: 'raw.njk', view: { text } };
}
