/**
 * Which entries the figures count: never a private one, a draft only when
 * the caller asks (serve shows drafts; build never does).
 */
import type { Goal, Journal, Week } from '../model/types.js';

export interface CountOptions {
  /** Count draft entries too (default false). */
  includeDrafts?: boolean;
}

/** Whether an entry may appear in any figure. */
export function isCounted(entry: { private: boolean; draft: boolean }, options: CountOptions = {}): boolean {
  return !entry.private && (!entry.draft || options.includeDrafts === true);
}

/** The weeks the figures count, oldest first. */
export function countedWeeks(journal: Journal, options: CountOptions = {}): Week[] {
  return journal.weeks.filter((week) => isCounted(week, options)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The goals the figures may name, in slug order. */
export function countedGoals(journal: Journal, options: CountOptions = {}): Goal[] {
  return journal.goals.filter((goal) => isCounted(goal, options)).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
