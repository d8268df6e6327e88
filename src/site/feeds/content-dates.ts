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
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '../../model/calendar-date.js';
import type { IsoDate } from '../../model/types.js';

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

export type DateMemory = ReadonlyMap<string, DatedContent>;

export interface ContentDates {
  /** The moment of the build: no date is later. */
  readonly moment: Date;
  /** When the content known as `key`, whose hash is `hash`, last changed; `since` is its own date, used when it was never seen before. */
  date(key: string, hash: string, since?: Date): Date;
  /** What the next build starts from: every key dated by this one. */
  remembered(): Map<string, DatedContent>;
}

/**
 * The moment of a build: the clock, but never after the end of `today`
 * (so that `--today` in the past gives the same dates on any day).
 */
export function buildMoment(today: IsoDate, clock: Date = new Date()): Date {
  const endOfToday = new Date(`${addDays(today, 1)}T00:00:00Z`);
  return clock.getTime() < endOfToday.getTime() ? clock : endOfToday;
}

/** Dates for this build, given what the previous one remembered. */
export function contentDates(previous: DateMemory, moment: Date): ContentDates {
  const now = new Map<string, DatedContent>();
  const latest = (date: Date) => (date.getTime() > moment.getTime() ? moment : date);
  return {
    moment,
    date(key, hash, since) {
      const before = previous.get(key);
      let date: Date;
      if (before && before.hash === hash) date = latest(new Date(before.updated));
      else if (before) date = moment;
      else date = latest(since ?? moment);
      now.set(key, { hash, updated: date.toISOString() });
      return date;
    },
    remembered: () => new Map(now),
  };
}

const FILE = 'content-dates.json';
const FORMAT = 'logbook content-dates 1';

/** What the previous build remembered (empty when there is none or it cannot be read: dates then start afresh). */
export async function readDateMemory(cacheDir: string): Promise<DateMemory> {
  try {
    const data = JSON.parse(await readFile(join(cacheDir, FILE), 'utf8')) as { format?: unknown; entries?: unknown };
    if (data.format !== FORMAT || typeof data.entries !== 'object' || data.entries === null) return new Map();
    const memory = new Map<string, DatedContent>();
    for (const [key, value] of Object.entries(data.entries as Record<string, unknown>)) {
      if (!Array.isArray(value) || typeof value[0] !== 'string' || typeof value[1] !== 'string') continue;
      if (Number.isNaN(Date.parse(value[1]))) continue;
      memory.set(key, { hash: value[0], updated: value[1] });
    }
    return memory;
  } catch {
    return new Map();
  }
}

/** Keep this build's dates for the next one (a temporary file, then renamed). Never throws. */
export async function writeDateMemory(cacheDir: string, memory: ReadonlyMap<string, DatedContent>): Promise<void> {
  const entries = Object.fromEntries([...memory].map(([key, { hash, updated }]) => [key, [hash, updated]]));
  const path = join(cacheDir, FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(temporary, `${JSON.stringify({ format: FORMAT, entries })}\n`);
    await rename(temporary, path);
  } catch {
    // Without it, the next build dates everything afresh (see above).
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
