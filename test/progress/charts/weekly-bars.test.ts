/** Follow-through per week as bars: geometry from the figures, words, and the table. */
import { describe, expect, it } from 'vitest';
import { BARS } from '../../../src/progress/charts/weekly-bars.js';
import { computeProgress, renderWeeklyBars, weeklyTable } from '../../../src/progress/index.js';
import { child, findAll, loadProgressFixture, parseSvg, weekFigureOf } from '../helpers.js';

const num = (value: string | undefined) => Number(value);

describe('weekly bars', () => {
  it('draws one bar per past week, its height proportional to the rate', async () => {
    const { journal, today } = await loadProgressFixture('follow-through', '2026-11-24');
    const { weeks } = computeProgress(journal, { today });
    const svg = parseSvg(renderWeeklyBars(weeks, { idPrefix: 'bars' }));
    const slots = findAll(svg, (node) => node.name === 'g' && node.attrs['data-week'] !== undefined);
    // The current week (W48) is not over, so it is not drawn.
    expect(slots.map((slot) => [slot.attrs['data-week'], slot.attrs['data-state']])).toEqual([
      ['2026-W44', 'rate'], ['2026-W45', 'rate'], ['2026-W46', 'rate'], ['2026-W47', 'rate'],
    ]);
    const over = weeks.filter((week) => week.over);
    const base = BARS.top + BARS.plotHeight;
    slots.forEach((slot, index) => {
      const bar = child(slot, 'rect')!;
      const height = over[index]!.rate! * BARS.plotHeight;
      expect(num(bar.attrs.height)).toBeCloseTo(height, 2);
      expect(num(bar.attrs.y)).toBeCloseTo(base - height, 2);
      expect(num(bar.attrs.x)).toBe(BARS.left + index * BARS.slotWidth + (BARS.slotWidth - BARS.barWidth) / 2);
    });
    // 100%, 67%, 50%, 67% of 120 units.
    expect(slots.map((slot) => Math.round(num(child(slot, 'rect')!.attrs.height)))).toEqual([120, 80, 60, 80]);
  });

  it('says the figures in words, and the table has the same figures', async () => {
    const { journal, today } = await loadProgressFixture('follow-through', '2026-11-24');
    const { weeks } = computeProgress(journal, { today });
    const svg = parseSvg(renderWeeklyBars(weeks, { idPrefix: 'bars' }));
    expect(child(svg, 'title')!.text).toBe('Follow-through per week');
    const desc = child(svg, 'desc')!.text;
    const table = weeklyTable(weeks);
    expect(table.head).toEqual(['Week', 'Planned', 'Done', 'Follow-through']);
    expect(table.rows).toEqual([
      ['2026-W44', '2', '2', '100%'],
      ['2026-W45', '3', '2', '67%'],
      ['2026-W46', '2', '1', '50%'],
      ['2026-W47', '3', '2', '67%'],
    ]);
    for (const [week, planned, done, rate] of table.rows) expect(desc).toContain(`${week}: ${done} of ${planned} done (${rate})`);
  });

  it('tells a missed week, a 0% week and a week with nothing planned apart by shape', () => {
    const weeks = [
      weekFigureOf('2026-W01', 1, 1),
      weekFigureOf('2026-W02', 2, 0),
      weekFigureOf('2026-W04', 0, 0),
      weekFigureOf('2026-W05', 2, 2, false),
    ];
    const svg = parseSvg(renderWeeklyBars(weeks, { idPrefix: 'gaps' }));
    const slots = findAll(svg, (node) => node.name === 'g' && node.attrs['data-week'] !== undefined);
    expect(slots.map((slot) => [slot.attrs['data-week'], slot.attrs['data-state'], slot.children[1]!.name, slot.children[1]!.attrs.class])).toEqual([
      ['2026-W01', 'rate', 'rect', 'bar'],
      ['2026-W02', 'zero', 'path', 'zero'],
      ['2026-W03', 'missing', 'circle', 'missing'],
      ['2026-W04', 'empty', 'line', 'empty'],
    ]);
    const desc = child(svg, 'desc')!.text;
    expect(desc).toContain('2026-W02: 0 of 2 done (0%)');
    expect(desc).toContain('2026-W03: no log');
    expect(desc).toContain('2026-W04: logged, no intentions');
    expect(weeklyTable(weeks).rows).toEqual([
      ['2026-W01', '1', '1', '100%'],
      ['2026-W02', '2', '0', '0%'],
      ['2026-W03', '–', '–', 'no log'],
      ['2026-W04', '0', '0', '–'],
    ]);
  });

  it('keeps the last N weeks when asked', () => {
    const weeks = ['2026-W10', '2026-W11', '2026-W12'].map((id) => weekFigureOf(id, 2, 1));
    const svg = parseSvg(renderWeeklyBars(weeks, { idPrefix: 'last', lastWeeks: 2 }));
    expect(findAll(svg, (node) => node.attrs['data-week'] !== undefined).map((node) => node.attrs['data-week'])).toEqual(['2026-W11', '2026-W12']);
    expect(weeklyTable(weeks, { lastWeeks: 2 }).rows.map((row) => row[0])).toEqual(['2026-W11', '2026-W12']);
  });

  it('says so when no week is over yet', () => {
    const svg = parseSvg(renderWeeklyBars([weekFigureOf('2026-W48', 3, 1, false)], { idPrefix: 'none' }));
    expect(findAll(svg, (node) => node.attrs['data-week'] !== undefined)).toEqual([]);
    expect(child(svg, 'desc')!.text).toBe('No week is over yet, so there is no follow-through to show.');
    expect(weeklyTable([]).rows).toEqual([]);
  });
});
