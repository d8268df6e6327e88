/**
 * `/feed.xml`: an Atom feed of the weekly logs, newest first, with full
 * content and absolute links. A week appears once it is over; an entry's
 * `updated` changes only when what it shows changes (see content-dates.ts).
 * Atom needs absolute IRIs, so there is no feed when the site's address is
 * unknown.
 */
import { addDays } from '../../model/calendar-date.js';
import { isWeekOver } from '../../model/iso-week.js';
import { dateRange, weekName } from '../format.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { absoluteUrl } from './absolute-url.js';
import { textHash } from './content-dates.js';
import { rfc3339, xmlText } from './xml-text.js';

/** How many weeks the feed carries. */
export const FEED_LIMIT = 20;

export interface AtomEntry {
  title: string;
  /** Absolute. */
  url: string;
  /** An absolute IRI. */
  id: string;
  published: Date;
  updated: Date;
  /** HTML. */
  content: string;
}

export interface AtomInput {
  title: string;
  subtitle?: string;
  author?: string;
  /** A language tag (`en`). */
  language: string;
  /** The site's home page, absolute. */
  home: string;
  /** The feed's own address, absolute. */
  self: string;
  id: string;
  updated: Date;
  entries: readonly AtomEntry[];
}

/** The feed's XML: every value escaped, nothing XML cannot carry. */
export function atomXml(feed: AtomInput): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.language)}">`,
    `  <title>${xmlText(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${xmlText(feed.subtitle)}</subtitle>`] : []),
    `  <link href="${xmlText(feed.self)}" rel="self" type="application/atom+xml"/>`,
    `  <link href="${xmlText(feed.home)}" rel="alternate" type="text/html"/>`,
    `  <id>${xmlText(feed.id)}</id>`,
    `  <updated>${rfc3339(feed.updated)}</updated>`,
    `  <author><name>${xmlText(feed.author || feed.title)}</name></author>`,
    '  <generator>logbook</generator>',
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <title>${xmlText(entry.title)}</title>`,
      `    <link href="${xmlText(entry.url)}" rel="alternate" type="text/html"/>`,
      `    <id>${xmlText(entry.id)}</id>`,
      `    <published>${rfc3339(entry.published)}</published>`,
      `    <updated>${rfc3339(entry.updated)}</updated>`,
      `    <content type="html">${xmlText(entry.content)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}

/** The feed's page, or none when the site's address is unknown. */
export function atomFeed(context: SiteContext): SitePage | undefined {
  const { journal, siteUrl, dates } = context;
  if (!siteUrl) return undefined;
  const base = siteUrl;
  const weeks = [...journal.weeks].reverse().filter((week) => isWeekOver(week.id, context.today)).slice(0, FEED_LIMIT);
  const entries = weeks.map((week): AtomEntry => {
    const title = week.title === weekName(week) ? `${weekName(week)} (${dateRange(week.monday, week.sunday)})` : week.title;
    const content = context.renderFile(week, { base, top: 2, anchors: false });
    const ended = new Date(`${addDays(week.sunday, 1)}T00:00:00Z`);
    const updated = dates.date(`feed ${week.id}`, textHash(`${title}\n${content}`), ended);
    const published = ended.getTime() < updated.getTime() ? ended : updated;
    const url = absoluteUrl(week.url, context);
    return { title, url, id: url, published, updated, content };
  });
  const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), entries[0]?.updated ?? dates.moment);
  const text = atomXml({
    title: journal.config.title,
    subtitle: journal.config.description,
    author: journal.config.author,
    language: journal.config.language,
    home: absoluteUrl('/', context),
    self: absoluteUrl('/feed.xml', context),
    id: siteUrl,
    updated,
    entries,
  });
  return { url: '/feed.xml', layout: 'raw.njk', view: { text } };
}
