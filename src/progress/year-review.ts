/**
 * A year in review, for a performance review or a mentor meeting: goals
 * started, finished and dropped, milestones done, follow-through by month,
 * and the weeks with a reflection. Weeks belong to their ISO year (2025-W01
 * starts on 2024-12-30 and belongs to 2025); dates to their calendar year.
 */
import { contentAt } from '../model/trees.js';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { formatWeekId, weekOf, weekParts, weeksBetween, weeksInYear } from '../model/iso-week.js';
import type { Goal, IsoDate, Journal, Week, WeekId } from '../model/types.js';
import { countedGoals, countedWeeks, type CountOptions } from './counted.js';
import { addUp, monthFigures, weekFigure } from './follow-through.js';
import { intentionFollowThrough, intentionsFor } from './goal-figures.js';
import { byDueDate, milestoneFigure } from './milestones.js';
import { computeStreak } from './streak.js';
import type { YearReview } from './types.js';

export interface ReviewOptions extends CountOptions {
  today: IsoDate;
}

/** The review of one year (ISO year for weeks, calendar year for dates). */
export function computeYearReview(journal: Journal, year: number, options: ReviewOptions): YearReview {
  const { today } = options;
  const allWeeks = countedWeeks(journal, options);
  const weeks = allWeeks.filter((week) => week.year === year);
  const goals = countedGoals(journal, options);
  const inYear = (date: IsoDate | undefined) => date !== undefined && Number(date.slice(0, 4)) === year;
  const endedInYear = (status: string) =>
    goals.filter((goal) => goal.status === status && inYear(goalEndedOn(goal, allWeeks))).map((goal) => goal.slug);

  const figures = weeks.map((week) => weekFigure(week, today));
  const milestonesDone = goals
    .flatMap((goal) => goal.milestones.map((milestone) => milestoneFigure(goal, milestone, today)))
    .filter((milestone) => milestone.state === 'done' && inYear(milestone.doneOn))
    .sort((a, b) => (a.doneOn! < b.doneOn! ? -1 : a.doneOn! > b.doneOn! ? 1 : byDueDate(a, b)));

  return {
    year,
    goalsStarted: goals.filter((goal) => inYear(goal.started)).map((goal) => goal.slug),
    goalsFinished: endedInYear('done'),
    goalsDropped: endedInYear('dropped'),
    milestonesDone,
    followThrough: addUp(figures),
    months: monthFigures(figures),
    reflections: weeks.flatMap((week) => {
      const words = wordCount(contentAt(week, week.reflectionPlace));
      return words > 0 ? [{ week: week.id, words }] : [];
    }),
    weeksLogged: computeStreak(weeks.map((week) => week.id), today).weeksPerYear[String(year).padStart(4, '0')] ?? 0,
    weeksInYear: weeksInYear(year),
    ...weeksSinceStart(allWeeks.map((week) => week.id), year, today),
    goals: goals
      .map((goal) => ({ slug: goal.slug, title: goal.title, intentions: intentionsFor(goal.slug, weeks, today) }))
      .filter((goal) => goal.intentions.length > 0)
      .map(({ slug, title, intentions }) => ({ slug, title, ...intentionFollowThrough(intentions) })),
  };
}

/** How many of the year's weeks a log could have been written for, counted from the journal's first week to this week at most. */
function weeksSinceStart(ids: readonly WeekId[], year: number, today: IsoDate): { weeksSinceStart: number; startedIn?: WeekId } {
  const first = ids.reduce<WeekId | undefined>((earliest, id) => (earliest === undefined || id < earliest ? id : earliest), undefined);
  const yearFirst = formatWeekId(year, 1);
  const yearLast = formatWeekId(year, weeksInYear(year));
  const from = first !== undefined && first > yearFirst ? first : yearFirst;
  const thisWeek = weekOf(today);
  const to = thisWeek < yearLast ? thisWeek : yearLast;
  const count = from > to ? 0 : weeksBetween(from, to) + 1;
  return first !== undefined && first > yearFirst && first <= yearLast ? { weeksSinceStart: count, startedIn: first } : { weeksSinceStart: count };
}

/** Options for `reviewYears`: `today`, when given, leaves out years that have not begun. */
export interface ReviewYearsOptions extends CountOptions {
  today?: IsoDate;
}

/**
 * The years a review can be made for: those with a counted week, a goal
 * started or a milestone done, up to the year of `today` when given (a log
 * written ahead for next year does not make a review of it).
 */
export function reviewYears(journal: Journal, options: ReviewYearsOptions = {}): number[] {
  const years = new Set<number>();
  for (const week of countedWeeks(journal, options)) years.add(week.year);
  for (const goal of countedGoals(journal, options)) {
    if (goal.started) years.add(Number(goal.started.slice(0, 4)));
    for (const milestone of goal.milestones) if (milestone.done && milestone.doneOn) years.add(Number(milestone.doneOn.slice(0, 4)));
  }
  const last = options.today === undefined ? Infinity : Math.max(Number(options.today.slice(0, 4)), weekParts(options.today).year);
  return [...years].filter((year) => year <= last).sort((a, b) => a - b);
}

/** Words in some Markdown content. */
export function wordCount(content: readonly RootContent[]): number {
  let count = wordCounts.get(content);
  if (count === undefined) {
    const text = content.map((node) => toString(node)).join(' ');
    count = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    wordCounts.set(content, count);
  }
  return count;
}

/** Counts already made, by the content counted (parsed Markdown is never changed once parsed; `serve` reviews the same weeks on every save). */
const wordCounts = new WeakMap<readonly RootContent[], number>();

/**
 * The date a done or dropped goal is taken to have ended; `undefined` when
 * nothing dates it. Goal files carry no "finished on" date, so it is the
 * goal's last sign of activity: the latest milestone done date or week
 * whose intentions referred to it; failing both, its due date, then its
 * start.
 */
function goalEndedOn(goal: Goal, weeks: readonly Week[]): IsoDate | undefined {
  let latest: IsoDate | undefined;
  const consider = (date: IsoDate | undefined) => {
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  };
  for (const milestone of goal.milestones) consider(milestone.doneOn);
  for (const week of weeks) {
    if (week.intentions.some((intention) => intention.refs.some((ref) => ref.slug === goal.slug))) consider(week.sunday);
  }
  return latest ?? goal.due ?? goal.started;
}
