/** The year-by-week heatmap: one cell per ISO week of each year (53 in 2020 and 2026). */
import { describe, expect, it } from 'vitest';
import { HEATMAP } from '../../../src/progress/charts/heatmap.js';
import { formatWeekId } from '../../../src/model/iso-week.js';
import type { IsoDate, WeekId } from '../../../src/model/types.js';
import { computeProgress, heatmapLegend, heatmapTable, renderHeatmap } from '../../../src/progress/index.js';
import { child, findAll, loadProgressFixture, parseSvg, weekFigureOf, type SvgNode } from '../helpers.js';

const cells = (svg: SvgNode) => findAll(svg, (node) => node.name === 'g' && node.attrs.class === 'cell');
const step = HEATMAP.cell + HEATMAP.gap;

/** The left edge of a cell, from whichever shape it holds. */
function cellX(cell: SvgNode): number {
  const shape = cell.children.find((node) => node.name !== 'title')!;
  return shape.name === 'circle' ? Number(shape.attrs.cx) - HEATMAP.cell / 2 : Number(shape.attrs.x) - 0.5;
}
function cellY(cell: SvgNode): number {
  const shape = cell.children.find((node) => node.name !== 'title')!;
  return shape.name === 'circle' ? Number(shape.attrs.cy) - HEATMAP.cell / 2 : Number(shape.attrs.y) - 0.5;
}

describe('heatmap', () => {
  it('has 53 columns in 2026, one cell per ISO week, filled in proportion to the rate', async () => {
    const { journal, today } = await loadProgressFixture('follow-through', '2026-11-24');
    const { weeks } = computeProgress(journal, { today });
    const svg = parseSvg(renderHeatmap(weeks, { idPrefix: 'heat', today }));
    const all = cells(svg);
    expect(all).toHaveLength(53);
    expect(all.map((cell) => cell.attrs['data-week'])).toEqual(Array.from({ length: 53 }, (_, index) => formatWeekId(2026, index + 1)));
    expect(all.map(cellX)).toEqual(Array.from({ length: 53 }, (_, index) => HEATMAP.left + index * step));
    expect(new Set(all.map(cellY))).toEqual(new Set([HEATMAP.top]));

    const count = (state: string) => all.filter((cell) => cell.attrs['data-state'] === state).length;
    // W44–W47 over with intentions; W01–W43 come before the first public log (W41 is a draft, W42–W43 private), so
    // they are "not started", not "no log"; W48–W53 not over.
    expect([count('rate'), count('zero'), count('empty'), count('missing'), count('future'), count('before')]).toEqual([4, 0, 0, 0, 6, 43]);
    for (const id of ['2026-W01', '2026-W41', '2026-W42', '2026-W43']) expect(all.find((cell) => cell.attrs['data-week'] === id)!.attrs['data-state']).toBe('before');

    for (const week of weeks.filter((figure) => figure.over)) {
      const cell = all.find((one) => one.attrs['data-week'] === week.id)!;
      const fill = findAll(cell, (node) => node.attrs.class === 'fill')[0]!;
      expect(Number(fill.attrs.height)).toBeCloseTo((HEATMAP.cell - 1) * week.rate!, 2);
      expect(Number(cell.attrs['data-rate'])).toBeCloseTo(week.rate!, 2);
    }
  });

  it('says the figures in words, and the table has the same figures', async () => {
    const { journal, today } = await loadProgressFixture('follow-through', '2026-11-24');
    const { weeks } = computeProgress(journal, { today });
    const svg = parseSvg(renderHeatmap(weeks, { idPrefix: 'heat', today }));
    expect(child(svg, 'title')!.text).toBe('Follow-through by week, 2026');
    const desc = child(svg, 'desc')!.text;
    expect(desc).toContain('2026 has 53 ISO weeks: 4 over with intentions (7 of 10 done, 70%), 0 of them at 0%, 0 logged with no intentions, 0 with no log, 6 not over yet, 43 before the journal started.');
    expect(desc).toContain('2026-W45: 2 of 3 done (67%)');
    expect(desc).toContain('2026-W48: logged, not over yet');

    const table = heatmapTable(weeks, { today });
    expect(table.head).toEqual(['Week', 'Follow-through', 'Planned', 'Done']);
    // Every week from the journal's first (W44) that is over, plus the logged current week.
    expect(table.rows).toHaveLength(5);
    expect(table.rows.filter((row) => row[1] === 'no log')).toHaveLength(0);
    expect(table.rows.slice(-5)).toEqual([
      ['2026-W44', '100%', '2', '2'],
      ['2026-W45', '67%', '3', '2'],
      ['2026-W46', '50%', '2', '1'],
      ['2026-W47', '67%', '3', '2'],
      ['2026-W48', 'not over yet', '–', '–'],
    ]);
    for (const [week, rate, planned, done] of table.rows.filter((row) => row[1]!.endsWith('%'))) {
      expect(desc).toContain(`${week}: ${done} of ${planned} done (${rate})`);
    }
  });

  it('draws one row per year: 53 cells for 2026, 52 for 2027, across New Year', async () => {
    const { journal, today } = await loadProgressFixture('new-year', '2027-01-20');
    const { weeks } = computeProgress(journal, { today });
    const svg = parseSvg(renderHeatmap(weeks, { idPrefix: 'rows', today, years: [2026, 2027] }));
    const all = cells(svg);
    const row2026 = all.filter((cell) => cell.attrs['data-week']!.startsWith('2026'));
    const row2027 = all.filter((cell) => cell.attrs['data-week']!.startsWith('2027'));
    expect([row2026.length, row2027.length, all.length]).toEqual([53, 52, 105]);
    expect(new Set(row2026.map(cellY))).toEqual(new Set([HEATMAP.top]));
    expect(new Set(row2027.map(cellY))).toEqual(new Set([HEATMAP.top + step]));
    const state = (id: string) => all.find((cell) => cell.attrs['data-week'] === id)!.attrs['data-state'];
    expect([state('2026-W52'), state('2026-W53'), state('2027-W01'), state('2027-W02'), state('2027-W03'), state('2027-W04')]).toEqual([
      'rate', 'rate', 'zero', 'missing', 'future', 'future',
    ]);
    // Drawn by default: every year with a log.
    expect(cells(parseSvg(renderHeatmap(weeks, { idPrefix: 'all', today }))).length).toBe(52 + 52 + 53 + 52);
  });

  it('has 53 cells in 2020 and 52 in 2025', () => {
    const today = '2027-01-01' as IsoDate;
    const svg2020 = parseSvg(renderHeatmap([weekFigureOf('2020-W53', 2, 1)], { idPrefix: 'y2020', today }));
    expect(cells(svg2020)).toHaveLength(53);
    expect(cells(svg2020).at(-1)!.attrs).toMatchObject({ 'data-week': '2020-W53', 'data-state': 'rate', 'data-rate': '0.5' });
    expect(cells(parseSvg(renderHeatmap([weekFigureOf('2025-W01', 1, 1)], { idPrefix: 'y2025', today })))).toHaveLength(52);
  });

  it('draws this year with no log yet as empty cells', async () => {
    const { journal, today } = await loadProgressFixture('empty', '2026-11-24');
    const { weeks } = computeProgress(journal, { today });
    const all = cells(parseSvg(renderHeatmap(weeks, { idPrefix: 'empty', today })));
    expect(all).toHaveLength(53);
    expect(all.filter((cell) => cell.attrs['data-state'] === 'missing')).toHaveLength(47);
    expect(all.filter((cell) => cell.attrs['data-state'] === 'future')).toHaveLength(6);
  });

  it('draws every state with its own shape, so colour is never the only cue', () => {
    const today = '2026-03-04' as IsoDate;
    const weeks = [weekFigureOf('2026-W01', 2, 1), weekFigureOf('2026-W02', 2, 0), weekFigureOf('2026-W03', 0, 0), weekFigureOf('2026-W10', 1, 0, false)];
    const all = cells(parseSvg(renderHeatmap(weeks, { idPrefix: 'shapes', today })));
    const shapeOf = (id: string) =>
      all
        .find((cell) => cell.attrs['data-week'] === id)!
        .children.filter((node) => node.name !== 'title')
        .map((node) => `${node.name}${node.attrs.class ? '.' + node.attrs.class : ''}${node.attrs['stroke-dasharray'] ? '[dashed]' : ''}`)
        .join('+');
    const shapes = ['2026-W01', '2026-W02', '2026-W03', '2026-W04', '2026-W10'].map(shapeOf);
    expect(shapes).toEqual(['rect+rect.fill', 'rect+path', 'rect+line', 'rect[dashed]', 'circle']);
    expect(new Set(shapes).size).toBe(5);
  });

  it('starts at the journal\'s first week: the weeks before it are "not started", a gap after it "no log"', () => {
    const today = '2026-03-04' as IsoDate;
    const weeks = [weekFigureOf('2026-W05', 2, 1), weekFigureOf('2026-W07', 2, 2)];
    const all = cells(parseSvg(renderHeatmap(weeks, { idPrefix: 'start', today })));
    const state = (id: string) => all.find((cell) => cell.attrs['data-week'] === id)!.attrs['data-state'];
    expect(['2026-W01', '2026-W04', '2026-W05', '2026-W06', '2026-W07', '2026-W10'].map(state)).toEqual(['before', 'before', 'rate', 'missing', 'rate', 'future']);
    // A pale square without an outline: neither the dashed "no log" outline nor the "not over" dot.
    const before = all.find((cell) => cell.attrs['data-week'] === '2026-W01')!.children.filter((node) => node.name !== 'title');
    expect(before.map((node) => [node.name, node.attrs.stroke, node.attrs['fill-opacity']])).toEqual([['rect', undefined, '0.15']]);
    // The table and the legend agree: no row for weeks before the start, and the legend names the state.
    expect(heatmapTable(weeks, { today }).rows.map((row) => row[0])).toEqual(['2026-W05', '2026-W06', '2026-W07', '2026-W08', '2026-W09']);
    expect(heatmapLegend()).toContain('before the journal started');
    // An explicit start overrides the first week given.
    expect(cells(parseSvg(renderHeatmap(weeks, { idPrefix: 'start', today, start: '2026-W03' as WeekId }))).find((cell) => cell.attrs['data-week'] === '2026-W03')!.attrs['data-state']).toBe('missing');
  });
});
