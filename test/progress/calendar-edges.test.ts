/**
 * Edge cases of the calendar and of an empty journal: no weeks yet, a goal
 * without milestones, 53-week years (2020, 2026) and weeks spanning New Year
 * (2025-W01 starts on 2024-12-30; 2026-W53 ends on 2027-01-03).
 */
import { describe, expect, it } from 'vitest';
import { weeksInYear } from '../../src/model/iso-week.js';
import type { IsoDate, WeekId } from '../../src/model/types.js';
import { computeProgress, computeYearReview, monthOfWeek, reviewYears } from '../../src/progress/index.js';
import { loadProgressFixture } from './helpers.js';

describe('no weeks yet', () => {
  it('gives empty figures, and a goal without milestones has no progress figure', async () => {
    const { journal, today } = await loadProgressFixture('empty', '2026-11-24');
    const progress = computeProgress(journal, { today });
    expect(progress.overall).toEqual({ planned: 0, done: 0, rate: null });
    expect(progress.weeks).toEqual([]);
    expect(progress.months).toEqual([]);
    expect(progress.streak).toEqual({ current: 0, longest: 0, weeksPerYear: {} });
    expect(progress.upcoming).toEqual([]);
    expect(progress.overdue).toEqual([]);
    expect(progress.carryOvers).toEqual([]);
    expect(progress.goals).toEqual([
      {
        slug: 'writing', title: 'Write in public', status: 'active', planned: 0, done: 0, rate: null,
        milestones: [], milestonesDone: 0, milestonesTotal: 0, overdue: 0, progress: null, intentions: [],
      },
    ]);
  });

  it('gives empty figures for a journal with nothing in it at all', async () => {
    const { journal, today } = await loadProgressFixture('empty', '2026-11-24');
    const bare = { ...journal, goals: [], weeks: [] };
    const progress = computeProgress(bare, { today });
    expect([progress.goals, progress.weeks, progress.overall.rate]).toEqual([[], [], null]);
    expect(reviewYears(bare)).toEqual([]);
    const review = computeYearReview(bare, 2026, { today });
    expect(review).toMatchObject({ goalsStarted: [], milestonesDone: [], followThrough: { planned: 0, done: 0, rate: null }, months: [], reflections: [], weeksLogged: 0, weeksInYear: 53, goals: [] });
  });
});

describe('53-week years and New Year', () => {
  it('knows which years have a week 53', () => {
    expect([2020, 2024, 2025, 2026, 2027].map(weeksInYear)).toEqual([53, 52, 52, 53, 52]);
  });

  it('puts a week in the month of its Thursday', () => {
    const months = ['2026-W53', '2020-W53', '2025-W01', '2026-W01', '2027-W01', '2024-W52'].map((id) => monthOfWeek(id as WeekId));
    expect(months).toEqual(['2026-12', '2020-12', '2025-01', '2026-01', '2027-01', '2024-12']);
  });

  it('gives weeks across New Year their ISO year, dates and month', async () => {
    const { journal, today } = await loadProgressFixture('new-year', '2027-01-20');
    const progress = computeProgress(journal, { today });
    expect(progress.weeks.map((week) => [week.id, week.year, week.monday, week.sunday, week.over, week.planned, week.done])).toEqual([
      ['2024-W52', 2024, '2024-12-23', '2024-12-29', true, 1, 1],
      ['2025-W01', 2025, '2024-12-30', '2025-01-05', true, 2, 1],
      ['2026-W52', 2026, '2026-12-21', '2026-12-27', true, 1, 1],
      ['2026-W53', 2026, '2026-12-28', '2027-01-03', true, 3, 2],
      ['2027-W01', 2027, '2027-01-04', '2027-01-10', true, 1, 0],
      ['2027-W03', 2027, '2027-01-18', '2027-01-24', false, 0, 0],
    ]);
    expect(progress.months).toEqual([
      { month: '2024-12', planned: 1, done: 1, rate: 1 },
      { month: '2025-01', planned: 2, done: 1, rate: 0.5 },
      { month: '2026-12', planned: 4, done: 3, rate: 0.75 },
      { month: '2027-01', planned: 1, done: 0, rate: 0 },
    ]);
    expect(progress.overall).toEqual({ planned: 8, done: 5, rate: 5 / 8 });
  });

  it('reviews a week by its ISO year, whatever year its Monday falls in', async () => {
    const { journal, today } = await loadProgressFixture('new-year', '2027-01-20');
    expect(reviewYears(journal)).toEqual([2024, 2025, 2026, 2027]);
    expect(reviewYears(journal, { today })).toEqual([2024, 2025, 2026, 2027]);
    // Before 2027 begins, its logs are plans: no review of 2027 yet.
    expect(reviewYears(journal, { today: '2026-12-27' as IsoDate })).toEqual([2024, 2025, 2026]);
    // 2027-01-01 is a Friday in 2026-W53, but 2027 has begun by the calendar.
    expect(reviewYears(journal, { today: '2027-01-01' as IsoDate })).toEqual([2024, 2025, 2026, 2027]);
    const y2025 = computeYearReview(journal, 2025, { today });
    expect([y2025.weeksLogged, y2025.weeksInYear, y2025.followThrough]).toEqual([1, 52, { planned: 2, done: 1, rate: 0.5 }]);
    const y2026 = computeYearReview(journal, 2026, { today });
    expect([y2026.weeksLogged, y2026.weeksInYear, y2026.followThrough]).toEqual([2, 53, { planned: 4, done: 3, rate: 0.75 }]);
    expect(y2026.months).toEqual([{ month: '2026-12', planned: 4, done: 3, rate: 0.75 }]);
  });
});

