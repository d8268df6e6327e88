/** Words and numbers as the pages show them: pure functions, English. */
import { formatLongDate } from '../model/calendar-date.js';
import type { GoalStatus, IsoDate, Week } from '../model/types.js';
import type { FollowThrough, MilestoneFigure } from '../progress/index.js';
import { escapeMarkup } from '../util/escape-markup.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-11-16`…`2026-11-22` → `16–22 November 2026` (months and years only where they differ). */
export function dateRange(from: IsoDate, to: IsoDate): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (fy !== ty) return `${formatLongDate(from)} – ${formatLongDate(to)}`;
  if (fm !== tm) return `${fd} ${MONTHS[fm - 1]} – ${td} ${MONTHS[tm - 1]} ${ty}`;
  return `${fd}–${td} ${MONTHS[tm - 1]} ${ty}`;
}

/** Text made safe inside HTML: as element content and as a quoted attribute value. */
export const escapeHtml = escapeMarkup;

/** `<time datetime="2026-01-05">5 January 2026</time>`: what a reader sees, and the date a machine reads. */
export function timeHtml(datetime: string, text: string): string {
  return `<time datetime="${escapeHtml(datetime)}">${escapeHtml(text)}</time>`;
}

/** A calendar date as HTML: `<time datetime="2026-01-05">5 January 2026</time>`. */
export function longDateHtml(date: IsoDate): string {
  return timeHtml(date, formatLongDate(date));
}

/** A week's dates as HTML: its ISO week in `datetime` (`2026-W47`), its days as text (`16–22 November 2026`). */
export function weekDatesHtml(week: Pick<Week, 'id' | 'monday' | 'sunday'>): string {
  return timeHtml(week.id, dateRange(week.monday, week.sunday));
}

/** `Week 47, 2026`. */
export function weekName(week: Pick<Week, 'year' | 'week'>): string {
  return `Week ${week.week}, ${week.year}`;
}

/** A whole percentage, or an en dash when nothing counts yet. */
export function percentOrDash(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

/** `4 of 5 intentions followed through (80%)`. */
export function describeFollowThrough(figure: FollowThrough): string {
  if (figure.rate === null) return 'no finished weeks yet';
  return `${figure.done} of ${figure.planned} intentions followed through (${percentOrDash(figure.rate)})`;
}

const STATUS: Record<GoalStatus, string> = { active: 'Active', done: 'Done', paused: 'Paused', dropped: 'Dropped' };

/** `Active`, `Done`, … */
export function statusLabel(status: GoalStatus): string {
  return STATUS[status];
}

/** `due 30 April 2026` or `due week 30 of 2026 (by 2 August 2026)` as HTML, each date in a `<time>` element (a week as `2026-W30`). */
export function dueHtml(milestone: Pick<MilestoneFigure, 'due' | 'dueAs'>): string | undefined {
  if (!milestone.due) return undefined;
  const week = /^(\d{4})-W(\d{2})$/.exec(milestone.dueAs ?? '');
  if (week) return `due ${timeHtml(week[0], `week ${Number(week[2])} of ${week[1]}`)} (by ${longDateHtml(milestone.due)})`;
  return `due ${longDateHtml(milestone.due)}`;
}

const MILESTONE_STATE = { done: 'Done', open: 'Open', overdue: 'Overdue' } as const;

/** `Done`, `Open` or `Overdue`. */
export function milestoneStateLabel(state: MilestoneFigure['state']): string {
  return MILESTONE_STATE[state];
}

/** `1 week` / `3 weeks`. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** The first sentences of a text, at most `max` characters, cut at a word. */
export function excerpt(text: string, max = 160): string {
  // Only the start of a long text matters: flatten a growing prefix until it is long enough to decide
  // (a flattened prefix agrees with the flattened text on all but its last character).
  for (let length = 2 * max + 64; length < text.length; length *= 4) {
    const flat = text.slice(0, length).replace(/\s+/g, ' ').trim();
    if (flat.length > max + 1) return cut(flat, max);
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : cut(flat, max);
}

function cut(flat: string, max: number): string {
  // Drop the last, cut word and the spaces before it (a loop: /\s+\S*$/ is quadratic on a long run of spaces).
  let head = flat.slice(0, max - 1);
  let end = head.length;
  while (end > 0 && !/\s/.test(head[end - 1]!)) end--;
  if (end > 0) head = head.slice(0, end).trimEnd();
  return `${head}…`;
}
