/** Carry-over chains: an unchecked intention chosen again in the weeks right after. */
import { describe, expect, it } from 'vitest';
import { mondayOf, splitWeekId, sundayOf } from '../../src/model/iso-week.js';
import type { Intention, Week, WeekId } from '../../src/model/types.js';
import { findCarryOvers } from '../../src/progress/carry-over.js';
import { carryOverTable, computeProgress } from '../../src/progress/index.js';
import { loadProgressFixture } from './helpers.js';

/** A week in memory with intentions written as `[x] text #slug` or `[ ] text`. */
function week(id: string, ...items: string[]): Week {
  const { year, week: number } = splitWeekId(id as WeekId);
  const intentions: Intention[] = items.map((item) => {
    const text = item.slice(4);
    return { text, done: item.startsWith('[x]'), refs: [...text.matchAll(/#([a-z-]+)/g)].map((m) => ({ slug: m[1]!, place: { line: 1, column: 1 } })), place: { line: 1, column: 1 } };
  });
  return {
    kind: 'week', id: id as WeekId, year, week: number, monday: mondayOf(id as WeekId), sunday: sundayOf(id as WeekId),
    path: `weeks/${id}.md` as never, title: id, tags: [], private: false, draft: false, url: `/weeks/${id}/` as never,
    tree: { type: 'root', children: [] }, intentions,
  };
}

describe('carry-over chains', () => {
  it('follows an intention from week to week in the fixture journal', async () => {
    const { journal, today } = await loadProgressFixture('follow-through', '2026-11-24');
    const { carryOvers } = computeProgress(journal, { today });
    expect(carryOvers).toEqual([
      { text: 'Review a pull request for the team #go', weeks: ['2026-W45', '2026-W46', '2026-W47'], resolved: true, goals: ['go'] },
      { text: 'Draft the blog post #writing', weeks: ['2026-W47', '2026-W48'], resolved: false, goals: ['writing'] },
    ]);
    expect(carryOverTable(carryOvers).rows).toEqual([
      ['Review a pull request for the team #go', '2026-W45, 2026-W46, 2026-W47', 'yes'],
      ['Draft the blog post #writing', '2026-W47, 2026-W48', 'no'],
    ]);
  });

  it('needs consecutive weeks, an unchecked start, and the same words', () => {
    const weeks = [
      week('2026-W01', '[ ] Call the bank #money', '[x] Walk the dog'),
      week('2026-W02', '[ ] call the bank! #money', '[x] Walk the dog'),
      week('2026-W03', '[ ] Call the bank #money', '[ ] Bake bread'),
      week('2026-W05', '[ ] Bake bread'),
      week('2026-W06', '[x] Something else entirely'),
    ];
    expect(findCarryOvers(weeks, new Set(['money']))).toEqual([
      { text: 'Call the bank #money', weeks: ['2026-W01', '2026-W02', '2026-W03'], resolved: false, goals: ['money'] },
    ]);
  });

  it('crosses New Year through week 53, and names public goals only', () => {
    const weeks = [
      week('2026-W52', '[ ] Fix the flaky test #ci #secret'),
      week('2026-W53', '[ ] Fix the flaky test #ci #secret'),
      week('2027-W01', '[x] Fix the flaky test #ci'),
    ];
    expect(findCarryOvers(weeks, new Set(['ci']))).toEqual([
      { text: 'Fix the flaky test #ci #secret', weeks: ['2026-W52', '2026-W53', '2027-W01'], resolved: true, goals: ['ci'] },
    ]);
  });

  it('starts a new chain after one is resolved', () => {
    const weeks = [
      week('2026-W10', '[ ] Write the report'),
      week('2026-W11', '[x] Write the report'),
      week('2026-W12', '[ ] Write the report'),
      week('2026-W13', '[ ] Write the report'),
    ];
    expect(findCarryOvers(weeks, new Set()).map((chain) => [chain.weeks, chain.resolved])).toEqual([
      [['2026-W10', '2026-W11'], true],
      [['2026-W12', '2026-W13'], false],
    ]);
  });
});

