/**
 * The part of the journal that may be published: private entries never,
 * drafts only when asked (serve shows them, build never does). Everything
 * the site shows is read from this view, so a hidden entry cannot leak by
 * way of a page, a figure, a feed or a tag.
 */
import type { Entry, Journal, SitePath } from '../model/types.js';
import type { SiteLinks } from './markdown/site-links.js';

export interface PublishOptions {
  /** Show draft entries (marked). */
  includeDrafts: boolean;
  /** Show private entries (marked): only `serve`, on the learner's machine (default false). */
  includePrivate?: boolean;
}

export interface PublishedJournal {
  journal: Journal;
  links: SiteLinks;
}

/** Whether an entry may appear on the site. */
export function isPublished(entry: Entry, { includeDrafts, includePrivate = false }: PublishOptions): boolean {
  return (includePrivate || !entry.private) && (includeDrafts || !entry.draft);
}

/** Keep only what may be published, and map every published file to its URL. */
export function publishJournal(journal: Journal, options: PublishOptions): PublishedJournal {
  const keep = <T extends Entry>(entries: readonly T[]) => entries.filter((entry) => isPublished(entry, options));
  const goals = keep(journal.goals);
  const weeks = keep(journal.weeks);
  const pages = keep(journal.pages);
  const byPath = new Map<string, SitePath>();
  for (const entry of [...goals, ...weeks, ...pages]) byPath.set(entry.path, entry.url);
  for (const asset of journal.assets) byPath.set(asset.path, asset.url);
  const published = new Set(goals.map((goal) => goal.slug));
  const hiddenGoals = new Set(journal.goals.filter((goal) => !published.has(goal.slug)).map((goal) => goal.slug));
  return {
    journal: { ...journal, goals, weeks, pages },
    links: {
      byPath,
      goals: new Map(goals.map((goal) => [goal.slug, goal.url])),
      hiddenGoals,
      entries: new Map([...goals, ...weeks, ...pages].map((entry) => [entry.path, entry])),
    },
  };
}
