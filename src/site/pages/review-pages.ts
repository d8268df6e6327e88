/**
 * `/review/<YYYY>/`: one page per year that a mentor can read in five
 * minutes: where each goal started and stands, milestones done, follow-through
 * by month, the weeks worth reading, and the reasons for missed intentions.
 */
import { contentAt } from '../../model/trees.js';
import type { Goal, IsoDate, Week } from '../../model/types.js';
import { computeYearReview, heatmapLegend, monthTable, renderHeatmap, reviewYears, type YearReview } from '../../progress/index.js';
import { splitWeekId } from '../../model/iso-week.js';
import { groupBy } from '../../util/group-by.js';
import { describeFollowThrough, excerpt, longDateHtml, plural, statusLabel, weekName } from '../format.js';
import { withoutOwnTag } from '../markdown/goal-hashtags.js';
import { plainText } from '../plain-text.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { milestoneItem } from './milestone-items.js';

/** How many weeks each "worth reading" list shows. */
const TOP_WEEKS = 3;

/** The review URL of a year. */
export function reviewUrl(year: number): string {
  return `/review/${year}/`;
}

/** One review page per year that has something to review. */
export function reviewPages(context: SiteContext): SitePage[] {
  const options = { today: context.today, includeDrafts: context.includeDrafts, includePrivate: context.includePrivate };
  return reviewYears(context.journal, options).map((year) => reviewPage(computeYearReview(context.journal, year, options), context));
}

function reviewPage(review: YearReview, context: SiteContext): SitePage {
  const { year } = review;
  const goals = new Map(context.journal.goals.map((goal) => [goal.slug, goal]));
  const goalLinks = (slugs: readonly string[]) => slugs.flatMap((slug) => (goals.has(slug) ? [{ title: goals.get(slug)!.title, url: goals.get(slug)!.url }] : []));
  const weeks = context.journal.weeks.filter((week) => week.year === year);
  const byId = new Map(weeks.map((week) => [week.id, week]));
  const figures = new Map(context.progress.weeks.map((figure) => [figure.id, figure]));
  const yearEnd = `${year}-12-31` as IsoDate;
  const yearOver = context.today > yearEnd;
  const rates = new Map(review.goals.map((goal) => [goal.slug, goal]));

  const goalStates = context.journal.goals
    .filter((goal) => (goal.started ?? '') <= yearEnd && (rates.has(goal.slug) || (goal.started ?? '').startsWith(String(year))))
    .map((goal) => ({
      title: goal.title,
      url: goal.url,
      started: goal.started ? `Started ${longDateHtml(goal.started)}` : 'Start date not given',
      startingPoint: startingPoint(goal, context),
      end: `${yearOver ? `At the end of ${year}` : 'So far'}: ${milestonesBy(goal, yearEnd)}; status ${statusLabel(goal.status).toLowerCase()}.`,
      followThrough: rates.has(goal.slug) ? describeFollowThrough(rates.get(goal.slug)!) : 'no intentions for it this year',
    }));


  const longest = [...review.reflections]
    .sort((a, b) => b.words - a.words || (a.week < b.week ? -1 : 1))
    .slice(0, TOP_WEEKS)
    .map((entry) => {
      const week = byId.get(entry.week)!;
      return { name: weekName(week), url: week.url, text: `${plural(entry.words, 'word')}: ${reflectionStart(week, context)}` };
    });

  // Every intention left unchecked in a week that is over (or with a reason already), grouped by its goal, the most missed goal first.
  const missed = weeks.flatMap((week) =>
    week.intentions
      .filter((intention) => !intention.done && (figures.get(week.id)!.over || intention.reason))
      .map((intention) => ({
        goal: intention.refs.map((ref) => goals.get(ref.slug)).find((goal) => goal !== undefined),
        week: weekName(week),
        url: week.url,
        text: intention.text,
        reason: intention.reason ? context.renderInline(intention.reason) : undefined,
      })),
  );
  const missedGroups = groupBy(missed, (item) => item.goal?.slug ?? '')
    .map(([, items]) => ({
      title: items[0]!.goal?.title ?? 'Not tied to a goal',
      url: items[0]!.goal?.url,
      count: `${plural(items.length, 'intention')} missed`,
      size: items.length,
      items: items.map(({ text, goal, ...item }) => ({ ...item, intention: context.renderInline(goal ? withoutOwnTag(text, goal.slug) : text) })),
    }))
    .sort((a, b) => b.size - a.size || (a.url === undefined ? 1 : b.url === undefined ? -1 : 0));

  return {
    url: reviewUrl(year),
    layout: 'review.njk',
    view: {
      title: `${year} in review`,
      year,
      searchable: true,
      description: `${plural(review.weeksLogged, 'week')} logged of ${review.weeksSinceStart}; ${describeFollowThrough(review.followThrough)}; ${plural(review.milestonesDone.length, 'milestone')} done.`,
      weeksLogged: `${review.weeksLogged} of ${review.weeksSinceStart}`,
      weeksNote: review.startedIn ? `since the journal began in week ${splitWeekId(review.startedIn).week}` : undefined,
      followThrough: describeFollowThrough(review.followThrough),
      milestonesDoneCount: String(review.milestonesDone.length),
      started: goalLinks(review.goalsStarted),
      finished: goalLinks(review.goalsFinished),
      dropped: goalLinks(review.goalsDropped),
      goalStates,
      milestones: review.milestonesDone.map((milestone) => milestoneItem(milestone, context)),
      heatmap: renderHeatmap(context.progress.weeks, { idPrefix: `review-${year}-heatmap`, today: context.today, years: [year] }),
      heatmapLegend: heatmapLegend(),
      monthTable: monthTable(review.months),
      longest,
      missedGroups,
      reflections: review.reflections.map((entry) => {
        const week = byId.get(entry.week)!;
        return { name: weekName(week), url: week.url, words: plural(entry.words, 'word') };
      }),
    },
  };
}

/** "3 of 6 milestones done" counting milestones done by a date (a done milestone without a date counts). */
function milestonesBy(goal: Goal, date: IsoDate): string {
  if (goal.milestones.length === 0) return 'no milestones';
  const done = goal.milestones.filter((milestone) => milestone.done && (!milestone.doneOn || milestone.doneOn <= date)).length;
  return `${done} of ${goal.milestones.length} milestones done`;
}

/** The first words of the goal's "where I am now" section. */
function startingPoint(goal: Goal, context: SiteContext): string {
  const section = goal.sections.find((found) => found.id === 'current');
  return section ? excerpt(plainText(contentAt(goal, section.place), context.links), 200) : '';
}

function reflectionStart(week: Week, context: SiteContext): string {
  return excerpt(plainText(contentAt(week, week.reflectionPlace), context.links), 140);
}
