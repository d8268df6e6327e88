import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/model/types.js';
import {
  addDays,
  formatLongDate,
  fromDayNumber,
  isKnownTimeZone,
  isoWeekday,
  parseIsoDate,
  toDayNumber,
  todayIn,
} from '../../src/model/calendar-date.js';

describe('calendar dates', () => {
  it('rejects dates that do not exist instead of rolling them over', () => {
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect(parseIsoDate('2026-04-31')).toBeUndefined();
    expect(parseIsoDate('yesterday')).toBeUndefined();
    expect(parseIsoDate('2026-1-5')).toBeUndefined();
  });

  it('shows a date as written, whatever the machine time zone', () => {
    expect(formatLongDate('2026-01-05' as IsoDate)).toBe('5 January 2026');
    expect(isoWeekday('2026-01-05' as IsoDate)).toBe(1);
    expect(addDays('2026-12-31' as IsoDate, 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01' as IsoDate, -1)).toBe('2024-02-29');
  });

  it("finds today's date in the journal's time zone", () => {
    const instant = new Date('2026-11-24T23:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-11-24');
    expect(todayIn('Pacific/Kiritimati', instant)).toBe('2026-11-25');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-11-24');
    expect(todayIn('America/Los_Angeles', new Date('2026-11-24T05:00:00Z'))).toBe('2026-11-23');
  });

  it('knows real time zones', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });

  it('counts days as the Date built-ins do, for every date from 1900 to 2999 and for rolled-over ones', () => {
    const DAY = 86_400_000;
    const reference = (date: string) => {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      return Math.round(Date.UTC(year, month - 1, day) / DAY);
    };
    const first = reference('1900-01-01');
    const last = reference('2999-12-31');
    for (let day = first; day <= last; day++) {
      const date = new Date(day * DAY).toISOString().slice(0, 10);
      if (fromDayNumber(day) !== date || toDayNumber(date as IsoDate) !== day) {
        expect([fromDayNumber(day), toDayNumber(date as IsoDate)]).toEqual([date, day]);
      }
    }
    for (const date of ['2026-02-30', '2026-13-01', '2026-00-10', '2025-12-00', '2024-02-29', '0050-06-01', '2026-1-5', 'yesterday']) {
      expect(toDayNumber(date as IsoDate)).toEqual(reference(date));
    }
  });
});
