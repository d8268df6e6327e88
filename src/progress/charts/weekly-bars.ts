/**
 * Follow-through per week as bars: one slot per ISO week from the first to
 * the last week that is over, bar height proportional to the rate. A week
 * with no log shows a hollow circle, a 0% week a cross and a week logged
 * with nothing planned a dash, so no state is told apart by colour alone.
 * The legend is HTML (`weeklyBarsLegend`), for the page to put under it.
 */
import type { WeekFigure } from '../types.js';
import { color, num, percent, renderLegend, svgFrame, text, type ChartOptions, type ChartTable } from './svg.js';
import { describeSlot, weekSlots, type WeekSlot } from './week-slots.js';

export interface WeeklyBarsOptions extends ChartOptions {
  /** Show only the last N weeks (default: all). */
  lastWeeks?: number;
}

/** Geometry of the weekly bars, exported so tests and the site agree. */
export const BARS = { left: 40, top: 14, plotHeight: 120, slotWidth: 16, barWidth: 10, bottom: 24, right: 8, minWidth: 260 } as const;

/**
 * The most weeks the bars show on a page: 16 weeks make a drawing 304 units
 * wide, which fits a 360 px phone at full size, so its text stays 12 px.
 */
export const WEEKLY_BARS_FIT = 16;

/** The slots the weekly bars draw: every week from the first to the last one that is over. */
export function weeklySlots(weeks: readonly WeekFigure[], options: { lastWeeks?: number } = {}): WeekSlot[] {
  const over = weeks.filter((week) => week.over);
  if (over.length === 0) return [];
  const slots = weekSlots(over, over[0]!.id, over[over.length - 1]!.id, () => true);
  return options.lastWeeks === undefined ? slots : slots.slice(-options.lastWeeks);
}

/** Draw follow-through per week as an SVG bar chart. */
export function renderWeeklyBars(weeks: readonly WeekFigure[], options: WeeklyBarsOptions): string {
  const slots = weeklySlots(weeks, options);
  const { left, top, plotHeight, slotWidth, barWidth, bottom, right, minWidth } = BARS;
  // Wide enough for the legend even when only a few weeks are drawn.
  const width = Math.max(left + slots.length * slotWidth + right, minWidth);
  const height = top + plotHeight + bottom;
  const base = top + plotHeight;
  const parts: string[] = [];

  for (const tick of [0, 0.5, 1]) {
    const y = base - tick * plotHeight;
    parts.push(`<line x1="${left}" x2="${num(left + Math.max(slots.length, 1) * slotWidth)}" y1="${num(y)}" y2="${num(y)}" stroke="${color('grid')}" stroke-width="1"${tick > 0 ? ' stroke-dasharray="2 3"' : ''}/>`);
    parts.push(text(left - 4, y + 4, percent(tick), 'text-anchor="end"'));
  }
  slots.forEach((slot, index) => {
    const x = left + index * slotWidth + (slotWidth - barWidth) / 2;
    const centre = x + barWidth / 2;
    let shape = '';
    if (slot.state === 'rate') {
      const barHeight = slot.figure!.rate! * plotHeight;
      shape = `<rect class="bar" x="${num(x)}" y="${num(base - barHeight)}" width="${barWidth}" height="${num(barHeight)}" fill="${color('done')}"/>`;
    } else if (slot.state === 'zero') {
      shape = `<path class="zero" d="M${num(centre - 3)},${num(base - 9)}l6,6m0,-6l-6,6" stroke="${color('missed')}" stroke-width="2"/>`;
    } else if (slot.state === 'empty') {
      shape = `<line class="empty" x1="${num(centre - 4)}" x2="${num(centre + 4)}" y1="${num(base - 6)}" y2="${num(base - 6)}" stroke="${color('grid')}" stroke-width="2"/>`;
    } else {
      shape = `<circle class="${slot.state}" cx="${num(centre)}" cy="${num(base - 6)}" r="3" fill="none" stroke="${color('grid')}" stroke-width="1.5"/>`;
    }
    parts.push(`<g data-week="${slot.id}" data-state="${slot.state}"><title>${describeSlot(slot)}</title>${shape}</g>`);
    if (index % 4 === 0) parts.push(text(centre, base + 16, `W${slot.id.slice(6)}`, 'text-anchor="middle"'));
  });

  return svgFrame({
    idPrefix: options.idPrefix,
    kind: 'chart-weekly-bars',
    width,
    height,
    title: 'Follow-through per week',
    desc: describeWeeks(slots),
    body: parts.join(''),
  });
}

/** The weekly bars' legend, as HTML for the page to put under the chart. */
export function weeklyBarsLegend(): string {
  return renderLegend([
    { shapes: `<rect x="2" y="1" width="10" height="12" fill="${color('done')}"/>`, label: 'share of intentions done' },
    { shapes: `<path d="M4,4l6,6m0,-6l-6,6" stroke="${color('missed')}" stroke-width="2"/>`, label: '0%' },
    { shapes: `<line x1="3" x2="11" y1="7" y2="7" stroke="${color('grid')}" stroke-width="2"/>`, label: 'nothing planned' },
    { shapes: `<circle cx="7" cy="7" r="3" fill="none" stroke="${color('grid')}" stroke-width="1.5"/>`, label: 'no log' },
  ]);
}

function describeWeeks(slots: readonly WeekSlot[]): string {
  if (slots.length === 0) return 'No week is over yet, so there is no follow-through to show.';
  return `Share of intentions checked, week by week, from ${slots[0]!.id} to ${slots[slots.length - 1]!.id}. ${slots.map(describeSlot).join('; ')}.`;
}

/** The weekly bars' figures as a table. */
export function weeklyTable(weeks: readonly WeekFigure[], options: { lastWeeks?: number } = {}): ChartTable {
  return {
    caption: 'Follow-through per week',
    head: ['Week', 'Planned', 'Done', 'Follow-through'],
    rows: weeklySlots(weeks, options).map((slot) =>
      slot.figure
        ? [slot.id, String(slot.figure.planned), String(slot.figure.done), slot.figure.rate === null ? '–' : percent(slot.figure.rate)]
        : [slot.id, '–', '–', 'no log'],
    ),
  };
}
