/**
 * Milestones of the `follow-through` fixture on 2026-11-24: "Learn Go" has
 * 7 (3 done, one of them without a date), one overdue (due 2026-W47, whose
 * Sunday is 2026-11-22), one due today and one due in exactly 28 days
 * (both upcoming), and one due in 29 days (open, not upcoming). "Write in
 * public" has none. A private goal's milestones must never appear.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Journal } from '../../src/model/types.js';
import { computeProgress, UPCOMING_DAYS, type Progress } from '../../src/progress/index.js';
import { loadProgressFixture } from './helpers.js';

let journal: Journal;
let progress: Progress;

beforeAll(async () => {
  const loaded = await loadProgressFixture('follow-through', '2026-11-24');
  journal = loaded.journal;
  progress = computeProgress(journal, { today: loaded.today });
});

describe('milestones', () => {
  it('gives each milestone its state, due date and done date', () => {
    const go = progress.goals.find((goal) => goal.slug === 'go')!;
    expect(go.milestones.map((m) => [m.text, m.state, m.due, m.dueAs, m.doneOn, m.upcoming])).toEqual([
      ['Set up the editor', 'done', undefined, undefined, undefined, false],
      ['Finish the Tour of Go', 'done', '2026-10-11', '2026-10-11', '2026-10-09', false],
      ['Write a first CLI', 'done', '2026-11-08', '2026-W45', '2026-11-12', false],
      ['First pull request reviewed', 'overdue', '2026-11-22', '2026-W47', undefined, false],
      ['Pair with Sam on a service', 'open', '2026-11-24', '2026-11-24', undefined, true],
      ['Ship the CLI v0.1', 'open', '2026-12-22', '2026-12-22', undefined, true],
      ['Give a lightning talk', 'open', '2026-12-23', '2026-12-23', undefined, false],
    ]);
    expect(UPCOMING_DAYS).toBe(28);
  });

  it('counts done, total, overdue and progress per goal', () => {
    expect(progress.goals.map((goal) => [goal.slug, goal.milestonesDone, goal.milestonesTotal, goal.overdue, goal.progress])).toEqual([
      ['go', 3, 7, 1, 3 / 7],
      ['writing', 0, 0, 0, null],
    ]);
  });

  it('lists upcoming and overdue milestones of public goals only', () => {
    expect(progress.upcoming.map((m) => [m.goal, m.text, m.due])).toEqual([
      ['go', 'Pair with Sam on a service', '2026-11-24'],
      ['go', 'Ship the CLI v0.1', '2026-12-22'],
    ]);
    expect(progress.overdue.map((m) => [m.goal, m.text, m.due])).toEqual([['go', 'First pull request reviewed', '2026-11-22']]);
  });

  it('includes a draft goal’s milestones only when asked', () => {
    const serve = computeProgress(journal, { today: '2026-11-24' as never, includeDrafts: true });
    expect(serve.upcoming.map((m) => m.goal)).toEqual(['go', 'someday', 'go']);
  });

  it('moves a milestone due today to overdue the day after', () => {
    const tomorrow = computeProgress(journal, { today: '2026-11-25' as never });
    expect(tomorrow.overdue.map((m) => m.text)).toEqual(['First pull request reviewed', 'Pair with Sam on a service']);
    // 2026-12-23 is now exactly 28 days ahead.
    expect(tomorrow.upcoming.map((m) => m.text)).toEqual(['Ship the CLI v0.1', 'Give a lightning talk']);
  });

  it('treats a milestone due as a week as due on that week’s Sunday', () => {
    const onSunday = computeProgress(journal, { today: '2026-11-22' as never });
    const milestone = onSunday.goals[0]!.milestones.find((m) => m.dueAs === '2026-W47')!;
    expect([milestone.state, milestone.upcoming]).toEqual(['open', true]);
  });
});
