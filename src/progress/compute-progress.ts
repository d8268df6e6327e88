/**
 * All progress figures for a journal on a given "today": pure, no I/O.
 * Private entries never count; drafts only when `includeDrafts` is set.
 * The upcoming and overdue lists leave out done and dropped goals.
 * An intention that refers to a private goal still counts for its week (the
 * week is public), but the private goal itself never appears.
 */
import type { IsoDate, Journal } from '../model/types.js';
import { findCarryOvers } from './carry-over.js';
import { countedGoals, countedWeeks } from './counted.js';
import { addUp, monthFigures, weekFigure } from './follow-through.js';
import { goalFigure } from './goal-figures.js';
import { byDueDate } from './milestones.js';
import { computeStreak } from './streak.js';
import type { Progress } from './types.js';

export interface ProgressOptions {
  /** The date the figures are for (the journal's "today"). */
  today: IsoDate;
  /** Count draft entries too, as `serve` does (default false). */
  includeDrafts?: boolean;
  /** Count private entries too: only in `serve`'s local preview (default false). */
  includePrivate?: boolean;
}

/** Compute follow-through, streaks, milestones and carry-over chains. */
export function computeProgress(journal: Journal, options: ProgressOptions): Progress {
  const { today } = options;
  const weeks = countedWeeks(journal, options);
  const goals = countedGoals(journal, options);
  const weekFigures = weeks.map((week) => weekFigure(week, today));
  const goalFigures = goals.map((goal) => goalFigure(goal, weeks, today));
  // The lists of what is coming due leave out goals that are over (done or dropped):
  // their open milestones will not be done, and listing them would mislead.
  const milestones = goalFigures.filter((goal) => goal.status !== 'done' && goal.status !== 'dropped').flatMap((goal) => goal.milestones);
  return {
    today,
    overall: addUp(weekFigures),
    weeks: weekFigures,
    goals: goalFigures,
    months: monthFigures(weekFigures),
    streak: computeStreak(weeks.map((week) => week.id), today),
    upcoming: milestones.filter((milestone) => milestone.upcoming).sort(byDueDate),
    overdue: milestones.filter((milestone) => milestone.state === 'overdue').sort(byDueDate),
    carryOvers: findCarryOvers(weeks, new Set(goals.map((goal) => goal.slug))),
  };
}
