/** Milestones done over time: one step line per goal, up one at each done date. */
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/model/calendar-date.js';
import type { IsoDate } from '../../../src/model/types.js';
import { STEPS } from '../../../src/progress/charts/milestone-steps.js';
import { computeProgress, milestoneStepsLegend, milestoneTable, renderMilestoneSteps, type GoalFigure } from '../../../src/progress/index.js';
import { child, findAll, loadProgressFixture, parseSvg } from '../helpers.js';

/** The corner points of a path made of M, H and V commands. */
function points(d: string): [number, number][] {
  const result: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MHV])([^MHV]+)/g)) {
    if (command === 'M') [x, y] = args!.split(',').map(Number) as [number, number];
    else if (command === 'H') x = Number(args);
    else y = Number(args);
    result.push([x, y]);
  }
  return result;
}

function expectPoints(actual: [number, number][], expected: [number, number][]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach(([x, y], index) => {
    expect(x).toBeCloseTo(expected[index]![0], 1);
    expect(y).toBeCloseTo(expected[index]![1], 1);
  });
}

const stepLines = (svg: ReturnType<typeof parseSvg>) => findAll(svg, (node) => node.attrs.class === 'step-line');

describe('milestone steps', () => {
  it('steps up at each done date, from the first done date to today', async () => {
    const { journal, today } = await loadProgressFixture('follow-through', '2026-11-24');
    const { goals } = computeProgress(journal, { today });
    const svg = parseSvg(renderMilestoneSteps(goals, { idPrefix: 'steps', today }));
    // "Write in public" has no milestones, so only "Learn Go" gets a line.
    const lines = stepLines(svg);
    expect(lines.map((line) => [line.attrs['data-goal'], line.attrs['data-done']])).toEqual([['go', '2']]);

    const from = '2026-10-09' as IsoDate;
    const span = daysBetween(from, today);
    const x = (date: string) => STEPS.left + (daysBetween(from, date as IsoDate) / span) * STEPS.plotWidth;
    const y = (count: number) => STEPS.top + STEPS.plotHeight - (count / 7) * STEPS.plotHeight;
    expectPoints(points(lines[0]!.attrs.d!), [
      [x(from), y(0)],
      [x('2026-10-09'), y(0)],
      [x('2026-10-09'), y(1)],
      [x('2026-11-12'), y(1)],
      [x('2026-11-12'), y(2)],
      [x(today), y(2)],
    ]);
  });

  it('says the figures in words, and the table has the same figures', async () => {
    const { journal, today } = await loadProgressFixture('follow-through', '2026-11-24');
    const { goals } = computeProgress(journal, { today });
    const svg = parseSvg(renderMilestoneSteps(goals, { idPrefix: 'steps', today }));
    expect(child(svg, 'title')!.text).toBe('Milestones done over time');
    expect(child(svg, 'desc')!.text).toBe(
      'Milestones done per goal from 2026-10-09 to 2026-11-24. Learn Go: 3 of 7 milestones done, done on 2026-10-09, 2026-11-12 (1 done without a date, not placed on the chart).',
    );
    const table = milestoneTable(goals);
    expect(table.rows).toEqual([
      ['2026-10-09', 'Learn Go', 'Finish the Tour of Go'],
      ['2026-11-12', 'Learn Go', 'Write a first CLI'],
      ['no date', 'Learn Go', 'Set up the editor'],
    ]);
  });

  it('gives each goal its own line, colour and dash pattern', async () => {
    const { journal, today } = await loadProgressFixture('year-review', '2026-11-24');
    const { goals } = computeProgress(journal, { today });
    const svg = parseSvg(renderMilestoneSteps(goals, { idPrefix: 'many', today }));
    const lines = stepLines(svg);
    expect(lines.map((line) => [line.attrs['data-goal'], line.attrs['data-done']])).toEqual([['go', '1'], ['rust', '1'], ['sql', '2']]);
    expect(new Set(lines.map((line) => line.attrs.stroke)).size).toBe(3);
    expect(new Set(lines.map((line) => line.attrs['stroke-dasharray'] ?? 'solid')).size).toBe(3);
    // Each line ends at today, at the height of its done count (the largest goal has 2 milestones).
    const y = (count: number) => STEPS.top + STEPS.plotHeight - (count / 2) * STEPS.plotHeight;
    for (const line of lines) {
      const last = points(line.attrs.d!).at(-1)!;
      expect(last[0]).toBeCloseTo(STEPS.left + STEPS.plotWidth, 1);
      expect(last[1]).toBeCloseTo(y(Number(line.attrs['data-done'])), 1);
    }
    // The legend is HTML under the chart (it wraps on a phone), with the same stroke and dash as each line.
    const legend = milestoneStepsLegend(goals);
    const items = [...legend.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]!);
    expect(items.map((item) => item.replace(/<svg.*<\/svg> /, ''))).toEqual(['Learn Go: 1 of 2 milestones done', 'Learn Rust: 1 of 2 milestones done', 'Learn SQL: 2 of 2 milestones done']);
    items.forEach((item, index) => {
      expect(item).toContain(`stroke="${lines[index]!.attrs.stroke}"`);
      const dash = lines[index]!.attrs['stroke-dasharray'];
      if (dash) expect(item).toContain(`stroke-dasharray="${dash}"`);
      else expect(item).not.toContain('stroke-dasharray');
    });
    expect(findAll(svg, (node) => node.name === 'text').map((node) => node.text).join(' ')).not.toContain('Learn');
  });

  it('climbs by two when two milestones are done on the same day', () => {
    const goal = {
      slug: 'g', title: 'G', status: 'active', planned: 0, done: 0, rate: null, intentions: [],
      milestonesDone: 2, milestonesTotal: 4, overdue: 0, progress: 0.5,
      milestones: ['a', 'b'].map((text) => ({ goal: 'g', goalTitle: 'G', text, state: 'done', doneOn: '2026-03-10', upcoming: false })),
    } as unknown as GoalFigure;
    const today = '2026-03-20' as IsoDate;
    const svg = parseSvg(renderMilestoneSteps([goal], { idPrefix: 'same', today, from: '2026-03-01' as IsoDate }));
    const x = (date: string) => STEPS.left + (daysBetween('2026-03-01' as IsoDate, date as IsoDate) / 19) * STEPS.plotWidth;
    const y = (count: number) => STEPS.top + STEPS.plotHeight - (count / 4) * STEPS.plotHeight;
    expectPoints(points(stepLines(svg)[0]!.attrs.d!), [
      [x('2026-03-01'), y(0)],
      [x('2026-03-10'), y(0)],
      [x('2026-03-10'), y(2)],
      [x(today), y(2)],
    ]);
  });

  it('says so when no goal has milestones', async () => {
    const { journal, today } = await loadProgressFixture('empty', '2026-11-24');
    const { goals } = computeProgress(journal, { today });
    const svg = parseSvg(renderMilestoneSteps(goals, { idPrefix: 'none', today }));
    expect(stepLines(svg)).toEqual([]);
    expect(child(svg, 'desc')!.text).toBe('No goal has milestones yet.');
    expect(milestoneTable(goals).rows).toEqual([]);
  });
});
