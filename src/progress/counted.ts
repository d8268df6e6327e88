/**
 * Which entries the figures count: never a private one on a published site,
 * a draft only when the caller asks (serve shows drafts; build never does).
 * `serve` previews private entries on the learner's own machine and counts
 * them there; `build` never does.
 */
import type { Goal, Journal, Week } from '../model/types.js';

export interface CountOptions {
  /** Count draft entries too (default false). */
  includeDrafts?: boolean;
  /** Count private entries too: only for the learner's own preview (default false). */
  includePrivate?: boolean;
}

/** Whether an entry may appear in any figure. */
export function isCounted(entry: { private: boolean; draft: boolean }, options: CountOptions = {}): boolean {
  return (!entry.private || options.includePrivate === true) && (!entry.draft || options.includeDrafts === true);
}

/** The weeks the figures count, oldest first. */
export function countedWeeks(journal: Journal, options: CountOptions = {}): Week[] {
  return journal.weeks.filter((week) => isCounted(week, options)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The goals the figures may name, in slug order. */
export function countedGoals(journal: Journal, options: CountOptions = {}): Goal[] {
  return journal.goals.filter((goal) => isCounted(goal, options)).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
