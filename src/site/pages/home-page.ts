/** `/`: the latest week's intentions, active goals with progress, what is due, and the streak. */
import { describeFollowThrough, plural } from '../format.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { goalCard } from './goal-pages.js';
import { milestoneItem } from './milestone-items.js';
import { weekStatus } from './week-pages.js';
import { weekDatesHtml, weekName } from '../format.js';

/** The home page. */
export function homePage(context: SiteContext): SitePage {
  const { journal, progress, today } = context;
  const figures = new Map(progress.goals.map((figure) => [figure.slug, figure]));
  const latest = [...journal.weeks].reverse().find((week) => week.monday <= today) ?? journal.weeks.at(-1);
  const latestFigure = latest ? progress.weeks.find((figure) => figure.id === latest.id) : undefined;
  const active = journal.goals.filter((goal) => goal.status === 'active');
  const { streak } = progress;
  return {
    url: '/',
    layout: 'home.njk',
    view: {
      title: journal.config.title,
      description:
        journal.config.description ??
        `${journal.config.author ? `${journal.config.author}'s` : 'A'} learning journal: ${plural(active.length, 'active goal')}, ${describeFollowThrough(progress.overall)}.`,
      author: journal.config.author,
      intro: journal.config.description,
      latest:
        latest && latestFigure
          ? {
              name: weekName(latest),
              url: latest.url,
              dates: weekDatesHtml(latest),
              status: weekStatus(latestFigure),
              intentions: latest.intentions.map((intention) => ({
                html: context.renderInline(intention.text),
                done: intention.done,
                reason: intention.reason ? context.renderInline(intention.reason) : undefined,
              })),
            }
          : undefined,
      goals: active.map((goal) => goalCard(goal, figures.get(goal.slug)!, context)),
      otherGoals: journal.goals.length - active.length,
      overdue: progress.overdue.map((milestone) => milestoneItem(milestone, context)),
      upcoming: progress.upcoming.map((milestone) => milestoneItem(milestone, context)),
      streak: {
        current: plural(streak.current, 'week'),
        longest: plural(streak.longest, 'week'),
      },
      followThrough: describeFollowThrough(progress.overall),
    },
  };
}
