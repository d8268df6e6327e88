/**
 * When a feed entry or a page last changed, for Atom's `updated` and the
 * sitemap's `lastmod`. A file's modification time is no guide (a CI
 * checkout gives every file the same one) and logbook does not read git, so
 * each build remembers, in the cache folder, a hash of what every entry and
 * page showed and the date it was given:
 *
 * - the same hash as last time: the date is kept;
 * - another hash: the date is the moment of the build;
 * - never seen (first build, or no cache): the content's own date when it
 *   has one (the end of a week), else the moment of the build.
 *
 * No date is ever after the moment of the build.
 */
import { createHash } from 'node:crypto';
import { addDays } from '../../model/calendar-date.js';
import type { IsoDate } from '../../model/types.js';
import type { Store } from '../../workspace/workspace.js';

/** A hash of some text (for `ContentDates.date`). */
export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

export interface DatedContent {
  /** A hash of what was shown. */
  hash: string;
  /** An ISO instant (`2026-11-23T00:00:00.000Z`). */
  updated: string;
}

export interface ContentDates {
  /** The moment of the build: no date is later. */
  readonly moment: Date;
  /** When the content known as `key`, whose hash is `hash`, last changed; `since` is its own date, used when it was never seen before. */
  date(key: string, hash: string, since?: Date): Date;
}

/**
 * The moment of a build: the clock, but never after the end of `today`
 * (so that `--today` in the past gives the same dates on any day).
 */
export function buildMoment(today: IsoDate, clock: Date = new Date()): Date {
  const endOfToday = new Date(`${addDays(today, 1)}T00:00:00Z`);
  return clock.getTime() < endOfToday.getTime() ? clock : endOfToday;
}

/** Dates for this build, given what the previous one remembered in `memory` (none: dates start afresh); this one's are kept there for the next. */
export function contentDates(memory: Store<DatedContent> | undefined, moment: Date): ContentDates {
  const latest = (date: Date) => (date.getTime() > moment.getTime() ? moment : date);
  return {
    moment,
    date(key, hash, since) {
      const before = memory?.get(key);
      let date: Date;
      if (before && before.hash === hash) date = latest(new Date(before.updated));
      else if (before) date = moment;
      else date = latest(since ?? moment);
      memory?.set(key, { hash, updated: date.toISOString() });
      return date;
    },
  };
}
