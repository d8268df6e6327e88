/**
 * A goal's progress bar: done ÷ total milestones, the filled width in
 * proportion, one notch per milestone, and the figure written beside it.
 */
import type { GoalFigure } from '../types.js';
import { color, num, percent, svgFrame, text, type ChartOptions, type ChartTable } from './svg.js';

/** Geometry of the progress bar, exported so tests and the site agree. */
export const BAR = { width: 120, height: 14, top: 4, label: 108 } as const;

/** The progress bar's sentence: "2 of 4 milestones done (50%)". */
export function describeProgress(goal: GoalFigure): string {
  if (goal.milestonesTotal === 0) return 'No milestones yet';
  const overdue = goal.overdue > 0 ? `, ${goal.overdue} overdue` : '';
  return `${goal.milestonesDone} of ${goal.milestonesTotal} milestones done (${percent(goal.progress!)})${overdue}`;
}

/** Draw a goal's progress bar. */
export function renderProgressBar(goal: GoalFigure, options: ChartOptions): string {
  const { width, height, top, label } = BAR;
  const parts: string[] = [];
  const total = goal.milestonesTotal;
  const track = `<rect class="track" x="0.5" y="${top + 0.5}" width="${width - 1}" height="${height - 1}" fill="none" stroke="${color('grid')}"`;
  if (total === 0) {
    parts.push(`${track} stroke-dasharray="3 3"/>`);
  } else {
    const filled = (goal.milestonesDone / total) * width;
    parts.push(`<rect class="done" x="0" y="${top}" width="${num(filled)}" height="${height}" fill="${color('done')}"/>`);
    parts.push(`${track}/>`);
    for (let index = 1; index < total; index++) {
      const x = (index / total) * width;
      parts.push(`<line class="notch" x1="${num(x)}" x2="${num(x)}" y1="${top}" y2="${top + height}" stroke="${color('grid')}"/>`);
    }
  }
  parts.push(text(width + 8, top + height - 3, total === 0 ? 'no milestones' : `${goal.milestonesDone} of ${total} done`));

  return svgFrame({
    idPrefix: options.idPrefix,
    kind: 'chart-progress-bar',
    width: width + label,
    height: height + 2 * top,
    title: `Progress of ${goal.title}`,
    desc: `${describeProgress(goal)}.`,
    body: parts.join(''),
  });
}

/** The progress bars' figures as a table, one row per goal. */
export function progressTable(goals: readonly GoalFigure[]): ChartTable {
  return {
    caption: 'Milestones per goal',
    head: ['Goal', 'Done', 'Total', 'Overdue', 'Progress'],
    rows: goals.map((goal) => [
      goal.title,
      String(goal.milestonesDone),
      String(goal.milestonesTotal),
      String(goal.overdue),
      goal.progress === null ? '–' : percent(goal.progress),
    ]),
  };
}
