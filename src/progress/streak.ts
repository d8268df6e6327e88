/** The weekly streak: consecutive ISO weeks with a log; a week without one breaks it. */
import { addWeeks, weekOf } from '../model/iso-week.js';
import type { IsoDate, WeekId } from '../model/types.js';
import type { Streak } from './types.js';

/**
 * The streak on "today" from the weeks that have a log. Weeks after this one
 * are plans, not logs, and are left out. The current streak ends this week,
 * or last week while this week's log is not written yet.
 */
export function computeStreak(logged: readonly WeekId[], today: IsoDate): Streak {
  const thisWeek = weekOf(today);
  const weeks = [...new Set(logged)].filter((id) => id <= thisWeek).sort();
  const has = new Set(weeks);

  let longest = 0;
  let run = 0;
  let previous: WeekId | undefined;
  for (const id of weeks) {
    run = previous !== undefined && addWeeks(previous, 1) === id ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = id;
  }

  let current = 0;
  let cursor = has.has(thisWeek) ? thisWeek : addWeeks(thisWeek, -1);
  while (has.has(cursor)) {
    current += 1;
    cursor = addWeeks(cursor, -1);
  }

  const weeksPerYear: Record<string, number> = {};
  for (const id of weeks) {
    const year = id.slice(0, 4);
    weeksPerYear[year] = (weeksPerYear[year] ?? 0) + 1;
  }
  return { current, longest, weeksPerYear };
}
