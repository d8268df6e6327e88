/**
 * Follow-through on the `follow-through` fixture, checked on Tuesday
 * 2026-11-24 (in 2026-W48). Public weeks W44–W47 are over; W48 is the
 * current week. "Learn Go" has 8 intentions in those past weeks, 6 checked.
 * A draft week (W41), a week marked `private: true` (W42) and a week kept
 * under `private/` (W43) also refer to it and must not count.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Journal } from '../../src/model/types.js';
import { computeProgress, monthOfWeek, type Progress } from '../../src/progress/index.js';
import { listFindings } from '../../src/report/findings-list.js';
import { loadProgressFixture } from './helpers.js';

const TODAY = '2026-11-24';
let journal: Journal;
let progress: Progress;

beforeAll(async () => {
  const loaded = await loadProgressFixture('follow-through', TODAY);
  expect(listFindings(loaded.files)).toEqual([]);
  journal = loaded.journal;
  progress = computeProgress(journal, { today: loaded.today });
});

describe('follow-through', () => {
  it('counts 6 of 8 for the goal, over past public weeks only', () => {
    const go = progress.goals.find((goal) => goal.slug === 'go')!;
    expect({ planned: go.planned, done: go.done, rate: go.rate }).toEqual({ planned: 8, done: 6, rate: 0.75 });
    // Its list of intentions still shows the current week's two (not over, not counted).
    expect(go.intentions.map((intention) => intention.week)).toEqual([
      '2026-W44', '2026-W44', '2026-W45', '2026-W45', '2026-W46', '2026-W46', '2026-W47', '2026-W47', '2026-W48', '2026-W48',
    ]);
    expect(go.intentions.filter((intention) => !intention.over)).toHaveLength(2);
  });

  it('has one figure per public week, the current one not counted yet', () => {
    expect(progress.weeks.map((week) => [week.id, week.over, week.planned, week.done, week.intentions, week.checked])).toEqual([
      ['2026-W44', true, 2, 2, 2, 2],
      ['2026-W45', true, 3, 2, 3, 2],
      ['2026-W46', true, 2, 1, 2, 1],
      ['2026-W47', true, 3, 2, 3, 2],
      ['2026-W48', false, 0, 0, 3, 1],
    ]);
    expect(progress.weeks.map((week) => week.rate)).toEqual([1, 2 / 3, 0.5, 2 / 3, null]);
  });

  it('adds up overall and per goal', () => {
    expect(progress.overall).toEqual({ planned: 10, done: 7, rate: 0.7 });
    expect(progress.goals.map((goal) => [goal.slug, goal.planned, goal.done])).toEqual([
      ['go', 8, 6],
      ['writing', 2, 1],
    ]);
  });

  it('groups weeks by the month of their Thursday', () => {
    expect(progress.months).toEqual([
      { month: '2026-10', planned: 2, done: 2, rate: 1 },
      { month: '2026-11', planned: 8, done: 5, rate: 0.625 },
    ]);
    expect(monthOfWeek('2026-W44' as never)).toBe('2026-10');
  });

  it('counts the current week once it is over (the Monday after)', () => {
    const nextMonday = computeProgress(journal, { today: '2026-11-30' as never });
    const w48 = nextMonday.weeks.find((week) => week.id === '2026-W48')!;
    expect([w48.over, w48.planned, w48.done]).toEqual([true, 3, 1]);
    expect(nextMonday.overall).toEqual({ planned: 13, done: 8, rate: 8 / 13 });
    // On its own Sunday the week is not over yet.
    const sunday = computeProgress(journal, { today: '2026-11-29' as never });
    expect(sunday.overall).toEqual(progress.overall);
  });

  it('never counts a private week, and a draft week only when asked', () => {
    const ids = (figures: Progress) => figures.weeks.map((week) => week.id);
    expect(ids(progress)).not.toContain('2026-W41');
    expect(ids(progress)).not.toContain('2026-W42');
    expect(ids(progress)).not.toContain('2026-W43');

    const serve = computeProgress(journal, { today: TODAY as never, includeDrafts: true });
    expect(ids(serve)).toEqual(['2026-W41', '2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    expect(serve.overall).toEqual({ planned: 12, done: 8, rate: 8 / 12 });
    const go = serve.goals.find((goal) => goal.slug === 'go')!;
    expect([go.planned, go.done]).toEqual([10, 7]);
  });

  it('counts an intention naming a private goal for its week, but never names the goal', () => {
    const hidden = { ...journal, goals: journal.goals.map((goal) => (goal.slug === 'writing' ? { ...goal, private: true } : goal)) };
    const figures = computeProgress(hidden, { today: TODAY as never });
    expect(figures.overall).toEqual(progress.overall);
    expect(figures.goals.map((goal) => goal.slug)).toEqual(['go']);
    expect(figures.carryOvers.map((chain) => chain.goals)).toEqual([['go'], []]);
  });

  it('never names a private goal, and a draft goal only when asked', () => {
    expect(progress.goals.map((goal) => goal.slug)).toEqual(['go', 'writing']);
    const serve = computeProgress(journal, { today: TODAY as never, includeDrafts: true });
    expect(serve.goals.map((goal) => goal.slug)).toEqual(['go', 'someday', 'writing']);
    const text = JSON.stringify(serve);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('Private');
    expect(text).not.toContain('private');
  });
});
