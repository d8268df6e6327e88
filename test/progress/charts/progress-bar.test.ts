/** A goal's progress bar: filled width = done ÷ total milestones. */
import { describe, expect, it } from 'vitest';
import { BAR } from '../../../src/progress/charts/progress-bar.js';
import { computeProgress, describeProgress, progressTable, renderProgressBar, type GoalFigure } from '../../../src/progress/index.js';
import { child, findAll, loadProgressFixture, parseSvg } from '../helpers.js';

async function goals() {
  const { journal, today } = await loadProgressFixture('follow-through', '2026-11-24');
  return computeProgress(journal, { today }).goals;
}

describe('progress bar', () => {
  it('fills done ÷ total of its width, with a notch between milestones', async () => {
    const go = (await goals()).find((goal) => goal.slug === 'go')!;
    const svg = parseSvg(renderProgressBar(go, { idPrefix: 'go' }));
    const done = findAll(svg, (node) => node.attrs.class === 'done');
    expect(done).toHaveLength(1);
    expect(Number(done[0]!.attrs.width)).toBeCloseTo((3 / 7) * BAR.width, 2);
    const notches = findAll(svg, (node) => node.attrs.class === 'notch').map((node) => Number(node.attrs.x1));
    expect(notches).toHaveLength(6);
    notches.forEach((x, index) => expect(x).toBeCloseTo(((index + 1) / 7) * BAR.width, 2));
  });

  it('says the figures in words, and the table has the same figures', async () => {
    const all = await goals();
    const go = all.find((goal) => goal.slug === 'go')!;
    const svg = parseSvg(renderProgressBar(go, { idPrefix: 'go' }));
    expect(child(svg, 'title')!.text).toBe('Progress of Learn Go');
    expect(child(svg, 'desc')!.text).toBe('3 of 7 milestones done (43%), 1 overdue.');
    expect(findAll(svg, (node) => node.name === 'text').map((node) => node.text)).toEqual(['3 of 7 done']);
    expect(progressTable(all)).toEqual({
      caption: 'Milestones per goal',
      head: ['Goal', 'Done', 'Total', 'Overdue', 'Progress'],
      rows: [
        ['Learn Go', '3', '7', '1', '43%'],
        ['Write in public', '0', '0', '0', '–'],
      ],
    });
  });

  it('draws a dashed empty track for a goal without milestones', async () => {
    const writing = (await goals()).find((goal) => goal.slug === 'writing')!;
    const svg = parseSvg(renderProgressBar(writing, { idPrefix: 'writing' }));
    expect(findAll(svg, (node) => node.attrs.class === 'done')).toEqual([]);
    expect(findAll(svg, (node) => node.attrs.class === 'track')[0]!.attrs['stroke-dasharray']).toBe('3 3');
    expect(child(svg, 'desc')!.text).toBe('No milestones yet.');
    expect(describeProgress(writing)).toBe('No milestones yet');
  });

  it('fills the whole width when every milestone is done', () => {
    const goal = { slug: 'g', title: 'G', milestonesDone: 2, milestonesTotal: 2, overdue: 0, progress: 1 } as GoalFigure;
    const svg = parseSvg(renderProgressBar(goal, { idPrefix: 'full' }));
    expect(Number(findAll(svg, (node) => node.attrs.class === 'done')[0]!.attrs.width)).toBe(BAR.width);
    expect(child(svg, 'desc')!.text).toBe('2 of 2 milestones done (100%).');
  });
});
