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

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 for a calendar date. */
export function toDayNumber(date: IsoDate): number {
  // The common case, `YYYY-MM-DD`, by arithmetic alone: the progress figures call this hundreds of thousands of times.
  if (date.length === 10 && date.charCodeAt(4) === DASH && date.charCodeAt(7) === DASH) {
    const year = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const day = digits(date, 8, 10);
    // Date.UTC reads years 0–99 as 1900–1999: the slow path below keeps that.
    if (year >= 100 && month >= 0 && day >= 0) return daysFromCivil(year, month, day);
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The calendar date of a day number. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (Number.isInteger(dayNumber)) {
    const [year, month, day] = civilFromDays(dayNumber);
    if (year >= 0 && year <= 9999) return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
  }
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10) as IsoDate;
}

const DASH = 0x2d;
const ZERO = 0x30;

/** The number written with the decimal digits `start`…`end` of a string; -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * `days_from_civil`); like Date.UTC, a month or day out of range carries
 * over (2026-02-30 is 2026-03-02).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const carried = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12 + 1;
  const y = m <= 2 ? carried - 1 : carried;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month and day of a day number (`civil_from_days`). */
function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
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
