/** A goal's figures: follow-through of the intentions that refer to it, and its milestones. */
import type { Goal, IsoDate, Week } from '../model/types.js';
import { followThrough } from './follow-through.js';
import { milestoneFigure } from './milestones.js';
import { isWeekOver } from '../model/iso-week.js';
import type { GoalFigure, GoalIntention } from './types.js';

/** The intentions of some weeks that refer to a goal, oldest week first. */
export function intentionsFor(slug: string, weeks: readonly Week[], today: IsoDate): GoalIntention[] {
  const found: GoalIntention[] = [];
  for (const week of weeks) {
    const over = isWeekOver(week.id, today);
    for (const intention of week.intentions) {
      if (!intention.refs.some((ref) => ref.slug === slug)) continue;
      found.push({ week: week.id, text: intention.text, done: intention.done, over, ...(!intention.done && intention.reason ? { reason: intention.reason } : {}) });
    }
  }
  return found;
}

/** Follow-through of the intentions of weeks that are over. */
export function intentionFollowThrough(intentions: readonly GoalIntention[]) {
  const counted = intentions.filter((intention) => intention.over);
  return followThrough(counted.length, counted.filter((intention) => intention.done).length);
}

/** One goal's figures on "today", over the given (counted) weeks. */
export function goalFigure(goal: Goal, weeks: readonly Week[], today: IsoDate): GoalFigure {
  const intentions = intentionsFor(goal.slug, weeks, today);
  const milestones = goal.milestones.map((milestone) => milestoneFigure(goal, milestone, today));
  const milestonesDone = milestones.filter((milestone) => milestone.state === 'done').length;
  return {
    slug: goal.slug,
    title: goal.title,
    status: goal.status,
    ...intentionFollowThrough(intentions),
    milestones,
    milestonesDone,
    milestonesTotal: milestones.length,
    overdue: milestones.filter((milestone) => milestone.state === 'overdue').length,
    progress: milestones.length === 0 ? null : milestonesDone / milestones.length,
    intentions,
  };
}
