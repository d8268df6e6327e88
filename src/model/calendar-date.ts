/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic goes through UTC
 * day numbers, so a date never shifts with the machine's time zone.
 */
import type { IsoDate } from './types.js';

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a journal date may fall in. Far outside them the date arithmetic
 * breaks (JavaScript reads years 0–99 as 1900–1999, and years past 9999 do
 * not fit `YYYY`), and no learning journal needs them.
 */
export const YEARS = { min: 1900, max: 2999 } as const;

/** Whether a year lies in the range journal dates may use. */
export function isJournalYear(year: number): boolean {
  return year >= YEARS.min && year <= YEARS.max;
}

/** Parse `YYYY-MM-DD`; `undefined` for anything else, including dates that do not exist (2026-02-30). */
export function parseIsoDate(text: string): IsoDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isJournalYear(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return text as IsoDate;
}

/** Whether a string looks like a date (`YYYY-MM-DD`), real or not. */
export function looksLikeIsoDate(text: string): boolean {
  return DATE_PATTERN.test(text);
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 for a calendar date. */
export function toDayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The calendar date of a day number. */
export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10) as IsoDate;
}

/** The date `days` after (or before, when negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Compare two dates for sorting. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Today's calendar date in an IANA time zone (the journal's), from a given instant. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}` as IsoDate;
}

/** Whether an IANA time zone name is known to this runtime. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `2026-01-05` → `5 January 2026`. */
export function formatLongDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** `2026-01-05` → `5 Jan`. */
export function formatShortDate(date: IsoDate): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]!.slice(0, 3)}`;
}

/** The English name of a month (1–12). */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}
