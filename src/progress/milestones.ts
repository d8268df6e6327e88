/** Milestones on "today": done, open or overdue, and whether one is coming due soon. */
import { daysBetween } from '../model/calendar-date.js';
import type { Goal, IsoDate, Milestone } from '../model/types.js';
import type { MilestoneFigure } from './types.js';

/** How many days ahead count as "upcoming": due today up to and including today + 28 days. */
export const UPCOMING_DAYS = 28;

/** One milestone's figure: overdue when open and due before today; upcoming when open and due from today to 28 days ahead, both ends included. */
export function milestoneFigure(goal: Goal, milestone: Milestone, today: IsoDate): MilestoneFigure {
  const due = milestone.due?.date;
  const daysLeft = due === undefined ? undefined : daysBetween(today, due);
  const figure: MilestoneFigure = {
    goal: goal.slug,
    goalTitle: goal.title,
    text: milestone.text,
    state: milestone.done ? 'done' : daysLeft !== undefined && daysLeft < 0 ? 'overdue' : 'open',
    upcoming: !milestone.done && daysLeft !== undefined && daysLeft >= 0 && daysLeft <= UPCOMING_DAYS,
  };
  if (milestone.due) {
    figure.due = milestone.due.date;
    figure.dueAs = milestone.due.raw;
  }
  if (milestone.doneOn) figure.doneOn = milestone.doneOn;
  return figure;
}

/** Order milestones by due date (undated last), then goal, then text. */
export function byDueDate(a: MilestoneFigure, b: MilestoneFigure): number {
  const left = a.due ?? '9999-99-99';
  const right = b.due ?? '9999-99-99';
  if (left !== right) return left < right ? -1 : 1;
  if (a.goal !== b.goal) return a.goal < b.goal ? -1 : 1;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}
