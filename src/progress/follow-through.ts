/**
 * Follow-through: checked intentions ÷ intentions, counting only weeks that
 * are over on "today" (the current week counts once it has ended).
 */
import { addDays } from '../model/calendar-date.js';
import { isWeekOver, mondayOf } from '../model/iso-week.js';
import type { IsoDate, Week, WeekId } from '../model/types.js';
import type { FollowThrough, MonthFigure, WeekFigure } from './types.js';

/** A follow-through figure from its two counts (`rate` is `null` when nothing was planned). */
export function followThrough(planned: number, done: number): FollowThrough {
  return { planned, done, rate: planned === 0 ? null : done / planned };
}

/** The sum of several follow-through figures. */
export function addUp(figures: readonly FollowThrough[]): FollowThrough {
  let planned = 0;
  let done = 0;
  for (const figure of figures) {
    planned += figure.planned;
    done += figure.done;
  }
  return followThrough(planned, done);
}

/** One week's figures on "today". */
export function weekFigure(week: Week, today: IsoDate): WeekFigure {
  const over = isWeekOver(week.id, today);
  const intentions = week.intentions.length;
  const checked = week.intentions.filter((intention) => intention.done).length;
  return {
    id: week.id,
    year: week.year,
    week: week.week,
    monday: week.monday,
    sunday: week.sunday,
    over,
    intentions,
    checked,
    ...followThrough(over ? intentions : 0, over ? checked : 0),
  };
}

/** The month (`YYYY-MM`) a week belongs to: the month of its Thursday, as ISO years are decided. */
export function monthOfWeek(id: WeekId): string {
  return addDays(mondayOf(id), 3).slice(0, 7);
}

/** Follow-through per month of the given weeks, oldest month first (months with a log only). */
export function monthFigures(weeks: readonly WeekFigure[]): MonthFigure[] {
  const byMonth = new Map<string, WeekFigure[]>();
  for (const week of weeks) {
    const month = monthOfWeek(week.id);
    byMonth.set(month, [...(byMonth.get(month) ?? []), week]);
  }
  return [...byMonth.keys()].sort().map((month) => ({ month, ...addUp(byMonth.get(month)!) }));
}
