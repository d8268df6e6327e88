/** `/review/<YYYY>/`: one page per year for a mentor meeting or a performance review. */
import { computeYearReview, monthTable, renderHeatmap, reviewYears, type YearReview } from '../../progress/index.js';
import { describeFollowThrough, plural, weekName } from '../format.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { milestoneItem } from './milestone-items.js';

/** The review URL of a year. */
export function reviewUrl(year: number): string {
  return `/review/${year}/`;
}

/** One review page per year that has something to review. */
export function reviewPages(context: SiteContext): SitePage[] {
  const options = { today: context.today, includeDrafts: context.includeDrafts };
  return reviewYears(context.journal, options).map((year) => reviewPage(computeYearReview(context.journal, year, options), context));
}

function reviewPage(review: YearReview, context: SiteContext): SitePage {
  const goals = new Map(context.journal.goals.map((goal) => [goal.slug, goal]));
  const goalLinks = (slugs: readonly string[]) => slugs.flatMap((slug) => (goals.has(slug) ? [{ title: goals.get(slug)!.title, url: goals.get(slug)!.url }] : []));
  const weeks = context.journal.weeks.filter((week) => week.year === review.year);
  const byId = new Map(weeks.map((week) => [week.id, week]));
  const reasons = weeks.flatMap((week) =>
    week.intentions
      .filter((intention) => !intention.done && intention.reason)
      .map((intention) => ({ week: weekName(week), url: week.url, intention: context.renderInline(intention.text), reason: context.renderInline(intention.reason!) })),
  );
  return {
    url: reviewUrl(review.year),
    layout: 'review.njk',
    view: {
      title: `${review.year} in review`,
      year: review.year,
      description: `${plural(review.weeksLogged, 'week')} logged of ${review.weeksInYear}; ${describeFollowThrough(review.followThrough)}; ${plural(review.milestonesDone.length, 'milestone')} done.`,
      weeksLogged: `${review.weeksLogged} of ${review.weeksInYear} weeks logged`,
      followThrough: describeFollowThrough(review.followThrough),
      started: goalLinks(review.goalsStarted),
      finished: goalLinks(review.goalsFinished),
      dropped: goalLinks(review.goalsDropped),
      goalRates: review.goals.map((goal) => ({
        title: goal.title,
        url: goals.get(goal.slug)?.url,
        text: describeFollowThrough(goal),
      })),
      milestones: review.milestonesDone.map((milestone) => milestoneItem(milestone, context)),
      heatmap: renderHeatmap(context.progress.weeks, { idPrefix: `review-${review.year}-heatmap`, today: context.today, years: [review.year] }),
      monthTable: monthTable(review.months),
      reflections: review.reflections.map((entry) => {
        const week = byId.get(entry.week)!;
        return { name: weekName(week), url: week.url, words: plural(entry.words, 'word') };
      }),
      reasons,
    },
  };
}
