/** The Atom feed and the iCalendar file, read back with real parsers. */
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarIcs, fold } from '../../src/site/feeds/calendar-ics.js';
import type { IsoDate } from '../../src/model/types.js';
import type { MilestoneFigure } from '../../src/progress/index.js';
import { buildContent, readOutput, tempProject } from '../helpers/site.js';

const CONTENT = resolve(import.meta.dirname, '../../content');

describe('feeds of the example journal', () => {
  let outputDir: string;
  beforeAll(async () => {
    ({ outputDir } = await buildContent(CONTENT, await tempProject()));
  });

  it('has a valid Atom feed of weekly logs, newest first, with full content and absolute links', async () => {
    const xml = await readOutput(outputDir, 'feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).feed;
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://maya-okafor.github.io/journal/');
    expect(feed.updated).toBe('2026-11-22T00:00:00Z');
    const entries = feed.entry as { id: string; updated: string; link: { href: string }; content: { type: string; '#text': string } }[];
    expect(entries).toHaveLength(12);
    expect(entries.map((entry) => entry.link.href)).toEqual(
      Array.from({ length: 12 }, (_, index) => `https://maya-okafor.github.io/journal/weeks/2026-W${47 - index}/`),
    );
    const updated = entries.map((entry) => entry.updated);
    expect([...updated].sort().reverse()).toEqual(updated);
    let linkCount = 0;
    for (const entry of entries) {
      expect(entry.content.type).toBe('html');
      expect(entry.content['#text']).toContain('Reflection');
      const links = [...entry.content['#text'].matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);
      for (const link of links) expect(link).toMatch(/^(https?:|mailto:)/);
      linkCount += links.length;
    }
    expect(linkCount).toBeGreaterThan(10);
  });

  it('has a valid iCalendar of milestone due dates, as all-day events', async () => {
    const text = await readOutput(outputDir, 'calendar.ics');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    // 6 + 4 + 4 milestones in the example's three goals, all with due dates.
    expect(events).toHaveLength(14);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
    }
    const deploy = events.find((event) => event.summary.includes('Book-swap API v0.1'))!;
    expect(deploy.startDate.toString()).toBe('2026-11-15');
    expect(deploy.description).toMatch(/^Overdue\./);
    expect(new Set(events.map((event) => event.uid)).size).toBe(14);
  });

  it('keeps UIDs stable from one build to the next', async () => {
    const again = (await buildContent(CONTENT, await tempProject(), { today: '2026-12-01' as IsoDate })).outputDir;
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((match) => match[1]!.trim());
    expect(uids(await readOutput(again, 'calendar.ics'))).toEqual(uids(await readOutput(outputDir, 'calendar.ics')));
  });

  it('lists every page in the sitemap with absolute URLs', async () => {
    const xml = await readOutput(outputDir, 'sitemap.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1]!);
    expect(urls).toContain('https://maya-okafor.github.io/journal/');
    expect(urls).toContain('https://maya-okafor.github.io/journal/weeks/2026-W36/');
    for (const url of urls) expect(url.startsWith('https://maya-okafor.github.io/journal/')).toBe(true);
  });
});

describe('iCalendar text', () => {
  const milestone = (text: string): MilestoneFigure => ({
    goal: 'g',
    goalTitle: 'Learn; things, well\\',
    text,
    state: 'open',
    due: '2026-03-01' as IsoDate,
    dueAs: '2026-03-01',
    upcoming: false,
  });

  it('escapes commas, semicolons, backslashes and newlines', () => {
    const text = calendarIcs({ name: 'n', milestones: [milestone('a\nb')], goalUrl: () => 'https://x.test/g/', host: 'x.test', today: '2026-01-01' as IsoDate });
    expect(text).toContain('SUMMARY:Learn\\; things\\, well\\\\: a\\nb');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Learn; things, well\\: a\nb');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = fold(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('gives two identical milestones of one goal different UIDs', () => {
    const text = calendarIcs({ name: 'n', milestones: [milestone('same'), milestone('same')], goalUrl: () => 'https://x.test/', host: 'x.test', today: '2026-01-01' as IsoDate });
    const uids = [...text.matchAll(/^UID:(.*)\r$/gm)].map((match) => match[1]);
    expect(new Set(uids).size).toBe(2);
  });
});
