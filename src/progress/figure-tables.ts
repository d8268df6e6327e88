/** Tables of figures that have no chart of their own: per goal, per month, carry-overs. */
import { monthName } from '../model/calendar-date.js';
import { percent, type ChartTable } from './charts/svg.js';
import type { CarryOverChain, FollowThrough, GoalFigure, MonthFigure } from './types.js';

function rateCell(figure: FollowThrough): string {
  return figure.rate === null ? '–' : percent(figure.rate);
}

/** Follow-through per goal: intentions of weeks that are over that referred to it. */
export function goalFollowThroughTable(goals: readonly GoalFigure[]): ChartTable {
  return {
    caption: 'Follow-through per goal',
    head: ['Goal', 'Planned', 'Done', 'Follow-through'],
    rows: goals.map((goal) => [goal.title, String(goal.planned), String(goal.done), rateCell(goal)]),
  };
}

/** Follow-through per month (a week belongs to the month of its Thursday). */
export function monthTable(months: readonly MonthFigure[]): ChartTable {
  return {
    caption: 'Follow-through per month',
    head: ['Month', 'Planned', 'Done', 'Follow-through'],
    rows: months.map((month) => [
      `${monthName(Number(month.month.slice(5)))} ${month.month.slice(0, 4)}`,
      String(month.planned),
      String(month.done),
      rateCell(month),
    ]),
  };
}

/** Intentions carried over from week to week. */
export function carryOverTable(chains: readonly CarryOverChain[]): ChartTable {
  return {
    caption: 'Intentions carried over',
    head: ['Intention', 'Weeks', 'Finally done'],
    rows: chains.map((chain) => [chain.text, chain.weeks.join(', '), chain.resolved ? 'yes' : 'no']),
  };
}
