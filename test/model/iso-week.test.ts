import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/model/calendar-date.js';
import type { IsoDate, WeekId } from '../../src/model/types.js';
import {
  addWeeks,
  isWeekOver,
  mondayOf,
  parseWeekId,
  sundayOf,
  weekOf,
  weeksBetween,
  weeksInYear,
} from '../../src/model/iso-week.js';

const d = (text: string) => text as IsoDate;
const w = (text: string) => text as WeekId;

describe('ISO weeks', () => {
  it('knows which years have 53 weeks', () => {
    expect(weeksInYear(2020)).toBe(53);
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2015)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
    expect(weeksInYear(2024)).toBe(52);
  });

  it('accepts real weeks and rejects the rest', () => {
    expect(parseWeekId('2026-W53')).toBe('2026-W53');
    expect(parseWeekId('2020-W53')).toBe('2020-W53');
    expect(parseWeekId('2025-W53')).toBeUndefined();
    expect(parseWeekId('2026-W00')).toBeUndefined();
    expect(parseWeekId('2026-W5')).toBeUndefined();
    expect(parseWeekId('2026-w05')).toBeUndefined();
  });

  it('finds the week of a date across New Year', () => {
    expect(weekOf(d('2024-12-30'))).toBe('2025-W01');
    expect(weekOf(d('2027-01-01'))).toBe('2026-W53');
    expect(weekOf(d('2027-01-03'))).toBe('2026-W53');
    expect(weekOf(d('2027-01-04'))).toBe('2027-W01');
    expect(weekOf(d('2021-01-03'))).toBe('2020-W53');
    expect(weekOf(d('2026-11-24'))).toBe('2026-W48');
  });

  it('gives the Monday and Sunday of a week', () => {
    expect(mondayOf(w('2026-W01'))).toBe('2025-12-29');
    expect(sundayOf(w('2026-W01'))).toBe('2026-01-04');
    expect(mondayOf(w('2026-W53'))).toBe('2026-12-28');
    expect(sundayOf(w('2026-W53'))).toBe('2027-01-03');
    expect(mondayOf(w('2026-W47'))).toBe('2026-11-16');
  });

  it('steps across 53-week years', () => {
    expect(addWeeks(w('2026-W52'), 1)).toBe('2026-W53');
    expect(addWeeks(w('2026-W53'), 1)).toBe('2027-W01');
    expect(addWeeks(w('2025-W52'), 1)).toBe('2026-W01');
    expect(addWeeks(w('2027-W01'), -1)).toBe('2026-W53');
    expect(weeksBetween(w('2026-W52'), w('2027-W02'))).toBe(3);
  });

  it('says a week is over only after its Sunday', () => {
    expect(isWeekOver(w('2026-W47'), d('2026-11-22'))).toBe(false);
    expect(isWeekOver(w('2026-W47'), d('2026-11-23'))).toBe(true);
  });

  it('says a week is over exactly when its Sunday is before today, across years and 53-week years', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((offset) => addDays(d('2019-06-01'), offset));
    fc.assert(
      fc.property(day, day, (inWeek, today) => {
        const id = weekOf(inWeek);
        expect(isWeekOver(id, today)).toBe(sundayOf(id) < today);
      }),
      { numRuns: 2000 },
    );
  });
});
