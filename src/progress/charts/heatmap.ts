/**
 * The year-by-week heatmap of follow-through: one row per ISO year, one
 * column per ISO week of that year (53 in a 53-week year). A week that is
 * over is an outlined cell filled from the bottom in proportion to its rate
 * (and coloured by it); 0% is a cross, no log a dashed outline, and a week
 * not over yet a dot, so no state depends on colour alone. Weeks before the
 * journal's first week are a pale square with no outline: not started, not
 * missed. The legend is HTML (`heatmapLegend`), for the page to show under
 * the grid, outside its scroll box.
 */
import { formatWeekId, isWeekOver, weeksInYear } from '../../model/iso-week.js';
import type { IsoDate, WeekId } from '../../model/types.js';
import type { WeekFigure } from '../types.js';
import { color, num, percent, renderLegend, svgFrame, text, type ChartColor, type ChartOptions, type ChartTable } from './svg.js';
import { describeSlot, weekSlots, type WeekSlot } from './week-slots.js';

export interface HeatmapOptions extends ChartOptions {
  today: IsoDate;
  /** The years to draw, one row each (default: the years of the given weeks, or today's). */
  years?: number[];
  /** The journal's first week: weeks before it are "not started" (default: the first of the given weeks). */
  start?: WeekId;
}

/** Geometry of the heatmap, exported so tests and the site agree. */
export const HEATMAP = { left: 40, top: 20, cell: 12, gap: 2, right: 4, bottom: 2 } as const;

/** The colour of a rate: low below 50%, mid below 75%, high from 75%. */
export function rateColor(rate: number): ChartColor {
  return rate < 0.5 ? 'low' : rate < 0.75 ? 'mid' : 'high';
}

/** The years a heatmap draws. */
export function heatmapYears(weeks: readonly WeekFigure[], options: Pick<HeatmapOptions, 'today' | 'years'>): number[] {
  if (options.years) return [...options.years];
  const years = [...new Set(weeks.map((week) => week.year))].sort((a, b) => a - b);
  return years.length > 0 ? years : [Number(options.today.slice(0, 4))];
}

/** One row of slots per year, one slot per ISO week of that year. */
export function heatmapRows(weeks: readonly WeekFigure[], options: Pick<HeatmapOptions, 'today' | 'years' | 'start'>): { year: number; slots: WeekSlot[] }[] {
  const start = options.start ?? journalStart(weeks);
  return heatmapYears(weeks, options).map((year) => ({
    year,
    slots: weekSlots(weeks, formatWeekId(year, 1), formatWeekId(year, weeksInYear(year)), (id) => isWeekOver(id, options.today)).map((slot) =>
      start !== undefined && slot.id < start && !slot.figure ? { id: slot.id, state: 'before' as const } : slot,
    ),
  }));
}

/** The first of the weeks (week ids sort as text within the four-digit years logbook accepts). */
function journalStart(weeks: readonly WeekFigure[]): WeekId | undefined {
  let first: WeekId | undefined;
  for (const week of weeks) if (first === undefined || week.id < first) first = week.id;
  return first;
}

/** Draw the year-by-week heatmap. */
export function renderHeatmap(weeks: readonly WeekFigure[], options: HeatmapOptions): string {
  const rows = heatmapRows(weeks, options);
  const { left, top, cell, gap, right, bottom } = HEATMAP;
  const step = cell + gap;
  const width = left + 53 * step + right;
  const height = top + rows.length * step + bottom;
  const parts: string[] = [];

  for (const week of [1, 10, 20, 30, 40, 50]) parts.push(text(left + (week - 1) * step, top - 6, `W${week}`));
  rows.forEach((row, rowIndex) => {
    const y = top + rowIndex * step;
    parts.push(text(0, y + cell - 2, String(row.year)));
    row.slots.forEach((slot, index) => parts.push(drawCell(slot, left + index * step, y)));
  });

  return svgFrame({
    idPrefix: options.idPrefix,
    kind: 'chart-heatmap',
    width,
    height,
    title: rows.length === 1 ? `Follow-through by week, ${rows[0]!.year}` : 'Follow-through by week and year',
    desc: rows.map(describeRow).join(' '),
    body: parts.join(''),
  });
}

/** The heatmap's legend, as HTML for the page to put under the grid. */
export function heatmapLegend(): string {
  const sample = (state: WeekSlot['state']): WeekSlot => ({ id: formatWeekId(2000, 1), state });
  const entries: [WeekSlot, string][] = [
    [sampleRate(1), '100% of intentions done'],
    [sampleRate(0.7), '70%'],
    [sampleRate(0.4), '40%'],
    [sample('zero'), '0%'],
    [sample('empty'), 'logged, nothing planned'],
    [sample('missing'), 'no log'],
    [sample('future'), 'not over yet'],
    [sample('before'), 'before the journal started'],
  ];
  return renderLegend(entries.map(([slot, label]) => ({ shapes: shapes(slot, 1, 1), label })));
}

function sampleRate(rate: number): WeekSlot {
  return { id: formatWeekId(2000, 1), state: 'rate', figure: { rate } as WeekFigure };
}

function drawCell(slot: WeekSlot, x: number, y: number): string {
  const rate = slot.figure?.rate;
  const rateAttribute = slot.state === 'rate' || slot.state === 'zero' ? ` data-rate="${num(rate!)}"` : '';
  return `<g class="cell" data-week="${slot.id}" data-state="${slot.state}"${rateAttribute}><title>${describeSlot(slot)}</title>${shapes(slot, x, y)}</g>`;
}

function shapes(slot: WeekSlot, x: number, y: number): string {
  const { cell } = HEATMAP;
  const outline = (dash: string) =>
    `<rect x="${num(x + 0.5)}" y="${num(y + 0.5)}" width="${cell - 1}" height="${cell - 1}" fill="none" stroke="${color('grid')}"${dash}/>`;
  switch (slot.state) {
    case 'rate': {
      const rate = slot.figure!.rate!;
      const fill = (cell - 1) * rate;
      return (
        outline('') +
        `<rect class="fill" x="${num(x + 0.5)}" y="${num(y + 0.5 + cell - 1 - fill)}" width="${cell - 1}" height="${num(fill)}" fill="${color(rateColor(rate))}"/>`
      );
    }
    case 'zero':
      return outline('') + `<path d="M${num(x + 3)},${num(y + 3)}l6,6m0,-6l-6,6" stroke="${color('missed')}" stroke-width="1.5"/>`;
    case 'empty':
      return outline('') + `<line x1="${num(x + 3)}" x2="${num(x + cell - 3)}" y1="${num(y + cell / 2)}" y2="${num(y + cell / 2)}" stroke="${color('grid')}" stroke-width="1.5"/>`;
    case 'missing':
      return outline(' stroke-dasharray="2 2"');
    case 'future':
      return `<circle cx="${num(x + cell / 2)}" cy="${num(y + cell / 2)}" r="1.5" fill="${color('grid')}"/>`;
    case 'before':
      return `<rect x="${num(x + 0.5)}" y="${num(y + 0.5)}" width="${cell - 1}" height="${cell - 1}" fill="${color('grid')}" fill-opacity="0.15"/>`;
  }
}

function describeRow(row: { year: number; slots: WeekSlot[] }): string {
  const count = (state: WeekSlot['state']) => row.slots.filter((slot) => slot.state === state).length;
  const rated = row.slots.filter((slot) => slot.state === 'rate' || slot.state === 'zero');
  const planned = rated.reduce((sum, slot) => sum + slot.figure!.planned, 0);
  const done = rated.reduce((sum, slot) => sum + slot.figure!.done, 0);
  const summary =
    `${row.year} has ${row.slots.length} ISO weeks: ${rated.length} over with intentions` +
    (planned > 0 ? ` (${done} of ${planned} done, ${percent(done / planned)})` : '') +
    `, ${count('zero')} of them at 0%, ${count('empty')} logged with no intentions, ${count('missing')} with no log, ${count('future')} not over yet` +
    (count('before') > 0 ? `, ${count('before')} before the journal started.` : '.');
  // Weeks without a log are counted above, not listed one by one.
  const detail = row.slots.filter((slot) => slot.figure).map(describeSlot);
  return detail.length > 0 ? `${summary} ${detail.join('; ')}.` : summary;
}

/** The heatmap's figures as a table: one row per week of the drawn years that has a log or is over. */
export function heatmapTable(weeks: readonly WeekFigure[], options: Pick<HeatmapOptions, 'today' | 'years' | 'start'>): ChartTable {
  const rows = heatmapRows(weeks, options).flatMap((row) =>
    row.slots
      .filter((slot) => slot.state !== 'before' && (slot.state !== 'future' || slot.figure))
      .map((slot) => [slot.id, stateLabel(slot), slot.figure && slot.figure.over ? String(slot.figure.planned) : '–', slot.figure && slot.figure.over ? String(slot.figure.done) : '–']),
  );
  return { caption: 'Follow-through by week', head: ['Week', 'Follow-through', 'Planned', 'Done'], rows };
}

function stateLabel(slot: WeekSlot): string {
  switch (slot.state) {
    case 'rate':
    case 'zero':
      return percent(slot.figure!.rate!);
    case 'empty':
      return 'no intentions';
    case 'missing':
      return 'no log';
    case 'future':
      return 'not over yet';
    case 'before':
      return 'before the journal started';
  }
}
