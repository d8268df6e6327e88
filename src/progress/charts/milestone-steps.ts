/**
 * Milestones done over time: one step line per goal, rising by one at each
 * milestone's done date. Goals differ by colour, dash pattern and a legend
 * that names them (HTML, `milestoneStepsLegend`, so long goal titles wrap); milestones done without a date cannot be placed and are
 * said so in the description.
 */
import { addDays, daysBetween, formatShortDate } from '../../model/calendar-date.js';
import type { IsoDate } from '../../model/types.js';
import type { GoalFigure } from '../types.js';
import { color, escapeXml, num, renderLegend, svgFrame, text, type ChartColor, type ChartOptions, type ChartTable } from './svg.js';

export interface MilestoneStepsOptions extends ChartOptions {
  today: IsoDate;
  /** Where the time axis starts (default: the earliest done date). */
  from?: IsoDate;
}

/** Geometry of the step chart, exported so tests and the site agree: 322 units wide, so it fits a 360 px phone at full size. */
export const STEPS = { left: 30, top: 10, plotWidth: 280, plotHeight: 120, axis: 24, right: 12 } as const;

const SERIES: ChartColor[] = ['series1', 'series2', 'series3', 'series4', 'series5', 'series6'];
const DASHES = ['', '6 3', '2 2', '8 3 2 3'];

export interface StepSeries {
  slug: string;
  title: string;
  total: number;
  /** Done dates, oldest first, one per dated done milestone. */
  doneOn: IsoDate[];
  /** Done milestones without a date. */
  undated: number;
}

/** Each goal with milestones as a series of done dates. */
export function milestoneSeries(goals: readonly GoalFigure[]): StepSeries[] {
  return goals
    .filter((goal) => goal.milestonesTotal > 0)
    .map((goal) => {
      const done = goal.milestones.filter((milestone) => milestone.state === 'done');
      return {
        slug: goal.slug,
        title: goal.title,
        total: goal.milestonesTotal,
        doneOn: done.flatMap((milestone) => (milestone.doneOn ? [milestone.doneOn] : [])).sort(),
        undated: done.filter((milestone) => !milestone.doneOn).length,
      };
    });
}

/** The time axis: from the earliest done date (or `from`) to today (or the latest done date). */
export function stepDomain(series: readonly StepSeries[], options: Pick<MilestoneStepsOptions, 'today' | 'from'>): { from: IsoDate; to: IsoDate } {
  const dates = series.flatMap((one) => one.doneOn).sort();
  const from = options.from ?? dates[0] ?? options.today;
  const latest = dates[dates.length - 1];
  const to = latest !== undefined && latest > options.today ? latest : options.today;
  return { from, to: to > from ? to : addDays(from, 1) };
}

/** Draw milestones done over time as step lines. */
export function renderMilestoneSteps(goals: readonly GoalFigure[], options: MilestoneStepsOptions): string {
  const series = milestoneSeries(goals);
  const { left, top, plotWidth, plotHeight, axis, right } = STEPS;
  const { from, to } = stepDomain(series, options);
  const span = daysBetween(from, to);
  const yMax = Math.max(1, ...series.map((one) => one.total));
  const x = (date: IsoDate) => left + (Math.min(Math.max(daysBetween(from, date), 0), span) / span) * plotWidth;
  const y = (count: number) => top + plotHeight - (count / yMax) * plotHeight;
  const width = left + plotWidth + right;
  const height = top + plotHeight + axis;
  const parts: string[] = [];

  const tickStep = Math.ceil(yMax / 5);
  for (let tick = 0; tick <= yMax; tick += tickStep) {
    parts.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${num(y(tick))}" y2="${num(y(tick))}" stroke="${color('grid')}"${tick > 0 ? ' stroke-dasharray="2 3"' : ''}/>`);
    parts.push(text(left - 4, y(tick) + 4, String(tick), 'text-anchor="end"'));
  }
  parts.push(text(left, top + plotHeight + 16, formatShortDate(from) + ' ' + from.slice(0, 4)));
  parts.push(text(left + plotWidth, top + plotHeight + 16, formatShortDate(to) + ' ' + to.slice(0, 4), 'text-anchor="end"'));

  series.forEach((one, index) => {
    const stroke = color(SERIES[index % SERIES.length]!);
    const dash = DASHES[index % DASHES.length]!;
    const dashAttribute = dash ? ` stroke-dasharray="${dash}"` : '';
    parts.push(
      `<path class="step-line" data-goal="${escapeXml(one.slug)}" data-done="${one.doneOn.length}" d="${stepPath(one.doneOn, from, to, x, y)}" fill="none" stroke="${stroke}" stroke-width="2"${dashAttribute}/>`,
    );
  });

  return svgFrame({
    idPrefix: options.idPrefix,
    kind: 'chart-milestone-steps',
    width,
    height,
    title: 'Milestones done over time',
    desc: describeSeries(series, from, to),
    body: parts.join(''),
  });
}

/** The step chart's legend, as HTML for the page to put under it: each goal's line, name and count. */
export function milestoneStepsLegend(goals: readonly GoalFigure[]): string {
  return renderLegend(
    milestoneSeries(goals).map((one, index) => {
      const dash = DASHES[index % DASHES.length]!;
      return {
        shapes: `<line x1="0" x2="14" y1="7" y2="7" stroke="${color(SERIES[index % SERIES.length]!)}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
        label: `${one.title}: ${one.doneOn.length + one.undated} of ${one.total} milestones done`,
      };
    }),
  );
}

/** The step path of one goal: flat at 0 from `from`, up one at each done date, flat to `to`. */
export function stepPath(dates: readonly IsoDate[], from: IsoDate, to: IsoDate, x: (date: IsoDate) => number, y: (count: number) => number): string {
  let path = `M${num(x(from))},${num(y(0))}`;
  let count = 0;
  let index = 0;
  while (index < dates.length) {
    const date = dates[index]!;
    while (index < dates.length && dates[index] === date) {
      count += 1;
      index += 1;
    }
    path += `H${num(x(date))}V${num(y(count))}`;
  }
  return `${path}H${num(x(to))}`;
}

function describeSeries(series: readonly StepSeries[], from: IsoDate, to: IsoDate): string {
  if (series.length === 0) return 'No goal has milestones yet.';
  const goals = series.map((one) => {
    const dated = one.doneOn.length > 0 ? `, done on ${one.doneOn.join(', ')}` : '';
    const undated = one.undated > 0 ? ` (${one.undated} done without a date, not placed on the chart)` : '';
    return `${one.title}: ${one.doneOn.length + one.undated} of ${one.total} milestones done${dated}${undated}`;
  });
  return `Milestones done per goal from ${from} to ${to}. ${goals.join('; ')}.`;
}

/** The step chart's figures as a table: one row per done milestone. */
export function milestoneTable(goals: readonly GoalFigure[]): ChartTable {
  const rows = goals
    .flatMap((goal) => goal.milestones.filter((milestone) => milestone.state === 'done').map((milestone) => ({ goal, milestone })))
    .sort((a, b) => ((a.milestone.doneOn ?? '9999') < (b.milestone.doneOn ?? '9999') ? -1 : (a.milestone.doneOn ?? '9999') > (b.milestone.doneOn ?? '9999') ? 1 : 0))
    .map(({ goal, milestone }) => [milestone.doneOn ?? 'no date', goal.title, milestone.text]);
  return { caption: 'Milestones done', head: ['Done on', 'Goal', 'Milestone'], rows };
}
