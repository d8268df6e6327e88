/**
 * Properties over random weeks: the streak agrees with a plain count over
 * Monday day numbers, follow-through adds up, and the charts draw one slot
 * per week with bar heights in proportion to the rates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toDayNumber } from '../../src/model/calendar-date.js';
import { mondayOf, weekOf, weeksInYear } from '../../src/model/iso-week.js';
import type { IsoDate, WeekId } from '../../src/model/types.js';
import { BARS } from '../../src/progress/charts/weekly-bars.js';
import { addUp, renderHeatmap, renderWeeklyBars } from '../../src/progress/index.js';
import { computeStreak } from '../../src/progress/streak.js';
import { findAll, parseSvg, weekFigureOf } from './helpers.js';

const START = '2019-12-30' as IsoDate; // Monday of 2020-W01
/** A set of weeks within about eight years from 2020, and a "today" in that span. */
const weeksAndToday = fc.record({
  offsets: fc.uniqueArray(fc.integer({ min: 0, max: 420 }), { maxLength: 40 }),
  todayOffset: fc.integer({ min: 0, max: 420 * 7 }),
});
const weekAt = (offset: number) => weekOf(addDays(START, offset * 7));

/** Longest and current runs, counted on Monday day numbers (7 days apart = consecutive). */
function referenceStreak(weeks: WeekId[], today: IsoDate) {
  const thisMonday = toDayNumber(mondayOf(weekOf(today)));
  const mondays = new Set(weeks.map((id) => toDayNumber(mondayOf(id))).filter((day) => day <= thisMonday));
  let longest = 0;
  for (const day of mondays) {
    if (mondays.has(day - 7)) continue;
    let length = 1;
    while (mondays.has(day + 7 * length)) length += 1;
    longest = Math.max(longest, length);
  }
  let current = 0;
  let cursor = mondays.has(thisMonday) ? thisMonday : thisMonday - 7;
  while (mondays.has(cursor)) {
    current += 1;
    cursor -= 7;
  }
  return { current, longest, logged: mondays.size };
}

describe('properties', () => {
  it('the streak matches a plain count over Monday dates', () => {
    fc.assert(
      fc.property(weeksAndToday, ({ offsets, todayOffset }) => {
        const weeks = offsets.map(weekAt);
        const today = addDays(START, todayOffset);
        const streak = computeStreak(weeks, today);
        const reference = referenceStreak(weeks, today);
        expect({ current: streak.current, longest: streak.longest }).toEqual({ current: reference.current, longest: reference.longest });
        expect(Object.values(streak.weeksPerYear).reduce((sum, count) => sum + count, 0)).toBe(reference.logged);
      }),
    );
  });

  it('follow-through adds up, and the weekly bars draw every week between the first and last past week', () => {
    const figures = fc.uniqueArray(
      fc.record({ offset: fc.integer({ min: 0, max: 200 }), planned: fc.integer({ min: 0, max: 4 }), done: fc.integer({ min: 0, max: 4 }), over: fc.boolean() }),
      { selector: (week) => week.offset, minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(figures, (raw) => {
        const sorted = [...raw].sort((a, b) => a.offset - b.offset);
        // Weeks that are over come first, as they do on any "today".
        const firstOpen = sorted.findIndex((week) => !week.over);
        const weeks = sorted.map((week, index) =>
          weekFigureOf(weekAt(week.offset), week.planned, Math.min(week.done, week.planned), firstOpen === -1 || index < firstOpen),
        );
        const over = weeks.filter((week) => week.over);
        const total = addUp(weeks);
        expect(total.planned).toBe(over.reduce((sum, week) => sum + week.intentions, 0));
        expect(total.done).toBe(over.reduce((sum, week) => sum + week.checked, 0));
        if (total.rate !== null) expect(total.rate).toBeGreaterThanOrEqual(0);
        if (total.rate !== null) expect(total.rate).toBeLessThanOrEqual(1);

        const svg = parseSvg(renderWeeklyBars(weeks, { idPrefix: 'p' }));
        const slots = findAll(svg, (node) => node.attrs['data-week'] !== undefined);
        const span = over.length === 0 ? 0 : (toDayNumber(over.at(-1)!.monday) - toDayNumber(over[0]!.monday)) / 7 + 1;
        expect(slots).toHaveLength(span);
        for (const slot of slots) {
          const figure = over.find((week) => week.id === slot.attrs['data-week']);
          const bar = findAll(slot, (node) => node.attrs.class === 'bar')[0];
          if (figure && figure.rate !== null && figure.rate > 0) expect(Number(bar!.attrs.height)).toBeCloseTo(figure.rate * BARS.plotHeight, 1);
          else expect(bar).toBeUndefined();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the heatmap has one cell per ISO week of each year drawn', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1990, max: 2060 }), { minLength: 1, maxLength: 3 }), (years) => {
        const svg = parseSvg(renderHeatmap([], { idPrefix: 'h', today: '2026-11-24' as IsoDate, years }));
        const cells = findAll(svg, (node) => node.attrs.class === 'cell');
        expect(cells).toHaveLength(years.reduce((sum, year) => sum + weeksInYear(year), 0));
        for (const year of years) {
          const row = cells.filter((cell) => cell.attrs['data-week']!.startsWith(`${year}-`));
          expect(row.at(-1)!.attrs['data-week']).toBe(`${year}-W${weeksInYear(year)}`);
        }
      }),
      { numRuns: 30 },
    );
  });
});
