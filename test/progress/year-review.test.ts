/**
 * The year in review on the `year-review` fixture (checked on 2026-11-24):
 * "Learn SQL" started and finished in 2025; "Learn Go" started on
 * 2025-12-29, the Monday of 2026-W01; "Learn Rust" started and was dropped
 * in 2026. A private goal (2024) and a private week must not count; a draft
 * week only when asked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate, Journal } from '../../src/model/types.js';
import { computeProgress, computeYearReview, monthTable, reviewYears } from '../../src/progress/index.js';
import { loadProgressFixture } from './helpers.js';

const today = '2026-11-24' as IsoDate;
let journal: Journal;

beforeAll(async () => {
  ({ journal } = await loadProgressFixture('year-review', today));
});

describe('year review', () => {
  it('offers the years with public activity only', () => {
    expect(reviewYears(journal)).toEqual([2025, 2026]);
  });

  it('reviews 2025', () => {
    const review = computeYearReview(journal, 2025, { today });
    expect(review.goalsStarted).toEqual(['go', 'sql']);
    expect(review.goalsFinished).toEqual(['sql']);
    expect(review.goalsDropped).toEqual([]);
    expect(review.milestonesDone.map((m) => [m.goal, m.text, m.doneOn])).toEqual([
      ['sql', 'Learn joins', '2025-09-20'],
      ['sql', 'Ship the monthly report', '2025-12-10'],
    ]);
    expect(review.followThrough).toEqual({ planned: 3, done: 2, rate: 2 / 3 });
    expect(review.months).toEqual([{ month: '2025-12', planned: 3, done: 2, rate: 2 / 3 }]);
    expect(review.reflections).toEqual([{ week: '2025-W50', words: 4 }]);
    expect([review.weeksLogged, review.weeksInYear]).toEqual([2, 52]);
    expect(review.goals).toEqual([{ slug: 'sql', title: 'Learn SQL', planned: 3, done: 2, rate: 2 / 3 }]);
  });

  it('reviews 2026, a 53-week year whose first week starts in 2025', () => {
    const review = computeYearReview(journal, 2026, { today });
    expect(review.goalsStarted).toEqual(['rust']);
    expect(review.goalsFinished).toEqual([]);
    expect(review.goalsDropped).toEqual(['rust']);
    expect(review.milestonesDone.map((m) => [m.goal, m.text, m.doneOn])).toEqual([
      ['go', 'Finish the Tour of Go', '2026-01-02'],
      ['rust', 'Read chapters 1 to 3', '2026-01-25'],
    ]);
    expect(review.followThrough).toEqual({ planned: 5, done: 4, rate: 0.8 });
    expect(review.months).toEqual([
      { month: '2026-01', planned: 4, done: 3, rate: 0.75 },
      { month: '2026-02', planned: 1, done: 1, rate: 1 },
    ]);
    // 2026-W02 has an empty reflection; the private 2026-W03 and the draft 2026-W04 do not count.
    expect(review.reflections).toEqual([{ week: '2026-W01', words: 13 }]);
    expect([review.weeksLogged, review.weeksInYear]).toEqual([3, 53]);
    expect(review.goals).toEqual([
      { slug: 'go', title: 'Learn Go', planned: 4, done: 4, rate: 1 },
      { slug: 'rust', title: 'Learn Rust', planned: 1, done: 0, rate: 0 },
    ]);
    expect(monthTable(review.months).rows).toEqual([
      ['January 2026', '4', '3', '75%'],
      ['February 2026', '1', '1', '100%'],
    ]);
  });

  it('lists overdue milestones of goals still pursued only', () => {
    const progress = computeProgress(journal, { today });
    // "Learn Rust" was dropped: its open milestone is overdue on its own page, but not listed.
    expect(progress.goals.map((goal) => [goal.slug, goal.status, goal.overdue])).toEqual([
      ['go', 'active', 1],
      ['rust', 'dropped', 1],
      ['sql', 'done', 0],
    ]);
    expect(progress.overdue.map((m) => [m.goal, m.text, m.due])).toEqual([['go', 'Ship a CLI', '2026-06-30']]);
    // On 2026-05-10 both are upcoming (within 28 days); only the active goal's is listed.
    const may = computeProgress(journal, { today: '2026-05-10' as IsoDate });
    expect(may.goals.flatMap((goal) => goal.milestones.filter((m) => m.upcoming).map((m) => m.goal))).toEqual(['rust']);
    expect(may.upcoming).toEqual([]);
    const june = computeProgress(journal, { today: '2026-06-05' as IsoDate });
    expect(june.upcoming.map((m) => m.text)).toEqual(['Ship a CLI']);
  });

  it('counts the draft week only when asked', () => {
    const review = computeYearReview(journal, 2026, { today, includeDrafts: true });
    expect(review.followThrough).toEqual({ planned: 6, done: 5, rate: 5 / 6 });
    expect(review.reflections).toEqual([
      { week: '2026-W01', words: 13 },
      { week: '2026-W04', words: 2 },
    ]);
    expect(review.weeksLogged).toBe(4);
  });

  it('never mentions the private goal or week', () => {
    const text = JSON.stringify([2024, 2025, 2026].map((year) => computeYearReview(journal, year, { today, includeDrafts: true })));
    expect(text).not.toContain('hidden');
    expect(text).not.toContain('Hidden');
    expect(text).not.toContain('2026-W03');
  });
});
