/**
 * When a goal ended, for a year's review. Goal files carry no "finished on"
 * date, so a done or dropped goal is taken to have ended at its last sign
 * of activity: the latest milestone done date or week whose intentions
 * referred to it; failing both, its due date, then its start.
 */
import type { Goal, IsoDate, Week } from '../model/types.js';

/** The date a done or dropped goal is taken to have ended; `undefined` when nothing dates it. */
export function goalEndedOn(goal: Goal, weeks: readonly Week[]): IsoDate | undefined {
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
