/**
 * `/calendar.ics`: milestone due dates as all-day events (RFC 5545), so a
 * mentor can subscribe; the writer and the site file. CRLF line ends, lines folded at 75 octets without
 * splitting a character, text escaped, and UIDs that stay the same from
 * one build to the next while the milestone does.
 */
import { createHash } from 'node:crypto';
import { addDays } from '../../model/calendar-date.js';
import type { IsoDate } from '../../model/types.js';
import type { MilestoneFigure } from '../../progress/index.js';
import { withoutControlCharacters } from '../../util/control-characters.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { absoluteUrl } from './absolute-url.js';

export interface CalendarInput {
  /** The calendar's name. */
  name: string;
  /** Milestones with a due date (others are left out). */
  milestones: readonly MilestoneFigure[];
  /** The goal page of each milestone, absolute; without it (no known address) events have no `URL`. */
  goalUrl?: (slug: string) => string;
  /** What makes UIDs globally unique (`ada.github.io`, or `logbook` when the site's address is unknown). */
  host: string;
  /** The build's date, for DTSTAMP. */
  today: IsoDate;
}

/** The iCalendar text. */
export function calendarIcs({ name, milestones, goalUrl, host, today }: CalendarInput): string {
  const stamp = `${compact(today)}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//logbook//learning journal//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  const seen = new Map<string, number>();
  for (const milestone of milestones) {
    if (!milestone.due) continue;
    const key = `${milestone.goal}\n${milestone.text}\n${milestone.due}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    const uid = `${createHash('sha256').update(`${key}\n${count}`).digest('hex').slice(0, 24)}@${uriValue(host)}`;
    const state = milestone.state === 'done' ? 'Done' : milestone.state === 'overdue' ? 'Overdue' : 'Open';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(milestone.due)}`,
      `DTEND;VALUE=DATE:${compact(addDays(milestone.due, 1))}`,
      `SUMMARY:${escapeText(`${milestone.state === 'done' ? '✓ ' : ''}${milestone.goalTitle}: ${milestone.text}`)}`,
      `DESCRIPTION:${escapeText(`${state}. Milestone of “${milestone.goalTitle}”${milestone.doneOn ? `, done ${milestone.doneOn}` : ''}.`)}`,
      ...(goalUrl ? [`URL:${uriValue(goalUrl(milestone.goal))}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function compact(date: IsoDate): string {
  return date.replaceAll('-', '');
}

/**
 * Escape a TEXT value: backslash, semicolon, comma and line ends (CRLF, LF
 * or a lone CR, each one `\n`); control characters, which RFC 5545 does
 * not allow in a value, are removed (tab stays: it is allowed).
 */
export function escapeText(text: string): string {
  return withoutControlCharacters(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A URI value (a URL or a host): no line end, control character or space can break the line. */
function uriValue(text: string): string {
  return withoutControlCharacters(text).replace(/[\s]/g, (char) => encodeURIComponent(char));
}

/** Fold a content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `/calendar.ics` of the published goals' milestones; without the site's address, events have no `URL`. */
export function calendarPage(context: SiteContext): SitePage {
  const milestones = context.progress.goals.flatMap((goal) => goal.milestones);
  const { siteUrl } = context;
  const text = calendarIcs({
    name: `${context.journal.config.title}: milestones`,
    milestones,
    goalUrl: siteUrl ? (slug) => absoluteUrl(context.links.goals.get(slug) ?? '/goals/', context) : undefined,
    // A UID needs no web address, only something unique to the journal's calendar.
    host: siteUrl ? new URL(siteUrl).host : 'logbook',
    today: context.today,
  });
  return { url: '/calendar.ics', layout: 'raw.njk', view: { text } };
}
