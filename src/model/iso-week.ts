/**
 * ISO 8601 weeks (`YYYY-Www`): weeks start on Monday, and week 1 is the week
 * that holds the year's first Thursday, so some years have 53 weeks.
 */
import { addDays, fromDayNumber, isJournalYear, isoWeekday, toDayNumber } from './calendar-date.js';
import type { IsoDate, WeekId } from './types.js';

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

export interface WeekParts {
  year: number;
  week: number;
}

/** Whether an ISO year has 53 weeks (its 28 December falls in week 53). */
export function weeksInYear(year: number): number {
  const dec28 = `${String(year).padStart(4, '0')}-12-28` as IsoDate;
  return weekParts(dec28).week;
}

/** Format a year and week number as `YYYY-Www`. */
export function formatWeekId(year: number, week: number): WeekId {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}` as WeekId;
}

/** Whether a string has the shape `YYYY-Www`, real or not. */
export function looksLikeWeekId(text: string): boolean {
  return WEEK_PATTERN.test(text);
}

/** Parse `YYYY-Www`; `undefined` when malformed or when that week does not exist (2025-W53). */
export function parseWeekId(text: string): WeekId | undefined {
  const match = WEEK_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (!isJournalYear(year) || week < 1 || week > weeksInYear(year)) return undefined;
  return text as WeekId;
}

/** Split a valid week id into its numbers. */
export function splitWeekId(id: WeekId): WeekParts {
  const match = WEEK_PATTERN.exec(id)!;
  return { year: Number(match[1]), week: Number(match[2]) };
}

/** The ISO year and week a calendar date falls in. */
export function weekParts(date: IsoDate): WeekParts {
  // The Thursday of the date's week decides the ISO year.
  const thursday = toDayNumber(date) + 4 - isoWeekday(date);
  const year = Number(fromDayNumber(thursday).slice(0, 4));
  const jan1 = toDayNumber(`${String(year).padStart(4, '0')}-01-01` as IsoDate);
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** The week a calendar date falls in. */
export function weekOf(date: IsoDate): WeekId {
  return remembered(weeksOf, date, () => {
    const { year, week } = weekParts(date);
    return formatWeekId(year, week);
  });
}

/** The Monday that starts a week. */
export function mondayOf(id: WeekId): IsoDate {
  return remembered(mondays, id, () => {
    const { year, week } = splitWeekId(id);
    const jan4 = `${String(year).padStart(4, '0')}-01-04` as IsoDate;
    const firstMonday = addDays(jan4, 1 - isoWeekday(jan4));
    return addDays(firstMonday, (week - 1) * 7);
  });
}

// The progress figures ask for the same few hundred weeks' dates over and over (heatmaps, streaks,
// carry-overs): the answers are remembered, up to a bound no journal reaches.
const REMEMBERED = 100_000;
const weeksOf = new Map<IsoDate, WeekId>();
const mondays = new Map<WeekId, IsoDate>();

function remembered<K, V>(map: Map<K, V>, key: K, compute: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = compute();
    if (map.size >= REMEMBERED) map.clear();
    map.set(key, value);
  }
  return value;
}

/** The Sunday that ends a week. */
export function sundayOf(id: WeekId): IsoDate {
  return addDays(mondayOf(id), 6);
}

/** The week `count` weeks after (or before) `id`. */
export function addWeeks(id: WeekId, count: number): WeekId {
  return weekOf(addDays(mondayOf(id), count * 7));
}

/** Whole weeks from `from` to `to`. */
export function weeksBetween(from: WeekId, to: WeekId): number {
  return Math.round((toDayNumber(mondayOf(to)) - toDayNumber(mondayOf(from))) / 7);
}

/**
 * Whether a week is over on `today` (its Sunday is before today): exactly
 * when it comes before today's week. Week ids sort as text, so this is one
 * comparison (the figures ask it for every week of every goal).
 */
export function isWeekOver(id: WeekId, today: IsoDate): boolean {
  return id < currentWeek(today);
}

let lastToday: IsoDate | undefined;
let lastWeek: WeekId | undefined;

/** `weekOf(today)`, remembered for the last `today` asked about. */
function currentWeek(today: IsoDate): WeekId {
  if (today !== lastToday) {
    lastWeek = weekOf(today);
    lastToday = today;
  }
  return lastWeek!;
}
