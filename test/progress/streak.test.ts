/** The weekly streak: consecutive ISO weeks with a log; a missing week breaks it. */
import { describe, expect, it } from 'vitest';
import type { IsoDate, WeekId } from '../../src/model/types.js';
import { computeProgress } from '../../src/progress/index.js';
import { computeStreak } from '../../src/progress/streak.js';
import { loadProgressFixture } from './helpers.js';

const streak = (weeks: string[], today: string) => computeStreak(weeks as WeekId[], today as IsoDate);

describe('streak', () => {
  it('runs through the current week, and private weeks do not fill a gap', async () => {
    const { journal } = await loadProgressFixture('follow-through', '2026-11-24');
    // Public W44–W48; W41 is a draft, W42 and W43 are private.
    expect(computeProgress(journal, { today: '2026-11-24' as IsoDate }).streak).toEqual({ current: 5, longest: 5, weeksPerYear: { '2026': 5 } });
    expect(computeProgress(journal, { today: '2026-11-24' as IsoDate, includeDrafts: true }).streak).toEqual({
      current: 5,
      longest: 5,
      weeksPerYear: { '2026': 6 },
    });
  });

  it('keeps the current streak while this week’s log is not written yet, and ends it after a missed week', async () => {
    const { journal } = await loadProgressFixture('follow-through', '2026-11-24');
    // 2026-11-30 is in W49 (no log yet): the streak still ends last week.
    expect(computeProgress(journal, { today: '2026-11-30' as IsoDate }).streak.current).toBe(5);
    // 2026-12-07 is in W50: W49 was missed.
    expect(computeProgress(journal, { today: '2026-12-07' as IsoDate }).streak).toEqual({ current: 0, longest: 5, weeksPerYear: { '2026': 5 } });
  });

  it('crosses New Year through week 53, and a gap breaks it', async () => {
    const { journal } = await loadProgressFixture('new-year', '2027-01-20');
    // 2024-W52, 2025-W01 | 2026-W52, 2026-W53, 2027-W01 | (2027-W02 missing) 2027-W03 (this week).
    expect(computeProgress(journal, { today: '2027-01-20' as IsoDate }).streak).toEqual({
      current: 1,
      longest: 3,
      weeksPerYear: { '2024': 1, '2025': 1, '2026': 2, '2027': 2 },
    });
  });

  it('counts longest and current separately', () => {
    expect(streak(['2026-W01', '2026-W02', '2026-W03', '2026-W04', '2026-W06', '2026-W07'], '2026-02-12')).toEqual({
      current: 2,
      longest: 4,
      weeksPerYear: { '2026': 6 },
    });
  });

  it('goes from week 52 to week 1 in a 52-week year, and from 53 to 1 in 2020', () => {
    expect(streak(['2025-W51', '2025-W52', '2026-W01'], '2026-01-02').current).toBe(3);
    expect(streak(['2020-W52', '2020-W53', '2021-W01'], '2021-01-06').current).toBe(3);
    // 2026 has a week 53: going from W52 straight to 2027-W01 skips a week.
    expect(streak(['2026-W52', '2027-W01'], '2027-01-06')).toEqual({ current: 1, longest: 1, weeksPerYear: { '2026': 1, '2027': 1 } });
  });

  it('leaves out logs written ahead for weeks after this one', () => {
    expect(streak(['2026-W47', '2026-W48', '2026-W49', '2026-W50'], '2026-11-24')).toEqual({ current: 2, longest: 2, weeksPerYear: { '2026': 2 } });
  });

  it('is zero with no weeks', () => {
    expect(streak([], '2026-11-24')).toEqual({ current: 0, longest: 0, weeksPerYear: {} });
  });
});
