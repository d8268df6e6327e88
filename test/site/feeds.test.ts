/** The Atom feed, the iCalendar file, the sitemap and robots.txt, read back with real parsers. */
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarIcs, fold } from '../../src/site/feeds/calendar-ics.js';
import type { IsoDate } from '../../src/model/types.js';
import type { MilestoneFigure } from '../../src/progress/index.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';
import { buildContent, listFiles, readOutput, tempProject } from '../helpers/site.js';
import { strictXml } from '../helpers/strict-xml.js';

interface FeedEntry {
  id: string;
  published: string;
  updated: string;
  link: { href: string };
  content: { type: string; '#text': string };
}

function readFeed(xml: string): { feed: Record<string, unknown>; entries: FeedEntry[] } {
  strictXml(xml);
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'entry' }).parse(xml).feed;
  return { feed, entries: (feed.entry ?? []) as FeedEntry[] };
}

/** A copy of the example journal in a temporary project, journal.yml edited by `config`. */
async function exampleCopy(config: (text: string) => string = (text) => text): Promise<{ project: string; content: string }> {
  const project = await tempProject();
  const content = join(project, 'content');
  await cp(EXAMPLE_CONTENT, content, { recursive: true });
  const yml = join(content, 'journal.yml');
  await writeFile(yml, config(await readFile(yml, 'utf8')));
  return { project, content };
}

const withoutUrl = (text: string) => text.replace(/^url:.*$/m, '');

describe('feeds of the example journal', () => {
  let outputDir: string;
  beforeAll(async () => {
    ({ outputDir } = await buildContent(EXAMPLE_CONTENT, await tempProject()));
  });

  it('has a valid Atom feed of finished weekly logs, newest first, with full content and absolute links', async () => {
    const { feed, entries } = readFeed(await readOutput(outputDir, 'feed.xml'));
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://maya-okafor.github.io/journal/');
    // Week 47 ended on Sunday 22 November; the fixture's today is Tuesday 24th.
    expect(feed.updated).toBe('2026-11-23T00:00:00Z');
    expect(entries).toHaveLength(12);
    expect(entries.map((entry) => entry.link.href)).toEqual(
      Array.from({ length: 12 }, (_, index) => `https://maya-okafor.github.io/journal/weeks/2026-W${47 - index}/`),
    );
    const updated = entries.map((entry) => entry.updated);
    expect([...updated].sort().reverse()).toEqual(updated);
    let linkCount = 0;
    for (const entry of entries) {
      expect(entry.published <= entry.updated).toBe(true);
      expect(entry.content.type).toBe('html');
      expect(entry.content['#text']).toContain('Reflection');
      // Headings keep no `#` anchor link in a feed reader.
      expect(entry.content['#text']).not.toContain('class="anchor"');
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
    expect(text).toMatch(/^URL:https:\/\/maya-okafor\.github\.io\/journal\/goals\//m);
  });

  it('keeps UIDs stable from one build to the next', async () => {
    const again = (await buildContent(EXAMPLE_CONTENT, await tempProject(), { today: '2026-12-01' as IsoDate })).outputDir;
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((match) => match[1]!.trim());
    expect(uids(await readOutput(again, 'calendar.ics'))).toEqual(uids(await readOutput(outputDir, 'calendar.ics')));
  });

  it('lists every indexable page in the sitemap, absolute and with its last change', async () => {
    const xml = await readOutput(outputDir, 'sitemap.xml');
    strictXml(xml);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = [...xml.matchAll(/<url><loc>(.*?)<\/loc><lastmod>(.*?)<\/lastmod><\/url>/g)].map((match) => ({ loc: match[1]!, lastmod: match[2]! }));
    expect(urls.length).toBe((xml.match(/<url>/g) ?? []).length);
    const locs = urls.map((url) => url.loc);
    expect(locs).toContain('https://maya-okafor.github.io/journal/');
    expect(locs).toContain('https://maya-okafor.github.io/journal/weeks/2026-W36/');
    expect(locs).not.toContain('https://maya-okafor.github.io/journal/search/');
    expect(locs.some((loc) => loc.includes('404'))).toBe(false);
    for (const loc of locs) expect(loc.startsWith('https://maya-okafor.github.io/journal/')).toBe(true);
    // Dates are never after the build (the end of the fixture's today) and a finished week's is its end.
    for (const { lastmod } of urls) expect(lastmod <= '2026-11-25T00:00:00Z').toBe(true);
    expect(urls.find((url) => url.loc.endsWith('/weeks/2026-W36/'))!.lastmod).toBe('2026-09-07T00:00:00Z');
  });

  it('has a robots.txt pointing at the sitemap, and marks search and 404 noindex', async () => {
    expect(await readOutput(outputDir, 'robots.txt')).toBe('User-agent: *\nDisallow:\n\nSitemap: https://maya-okafor.github.io/journal/sitemap.xml\n');
    const noindex = '<meta name="robots" content="noindex">';
    expect(await readOutput(outputDir, 'search/index.html')).toContain(noindex);
    expect(await readOutput(outputDir, '404.html')).toContain(noindex);
    expect(await readOutput(outputDir, 'index.html')).not.toContain(noindex);
    expect(await readOutput(outputDir, 'index.html')).toContain('type="application/atom+xml" href="/journal/feed.xml"');
  });
});

describe('the site without an address', () => {
  it('writes no feed or sitemap, and no placeholder address anywhere', async () => {
    const { project, content } = await exampleCopy(withoutUrl);
    const { outputDir } = await buildContent(content, project);
    const files = await listFiles(outputDir);
    expect(files).not.toContain('feed.xml');
    expect(files).not.toContain('sitemap.xml');
    expect(await readOutput(outputDir, 'robots.txt')).toBe('User-agent: *\nDisallow:\n');
    const calendar = await readOutput(outputDir, 'calendar.ics');
    new ICAL.Component(ICAL.parse(calendar));
    expect(calendar).not.toMatch(/^URL:/m);
    for (const uid of calendar.matchAll(/^UID:(.*)\r$/gm)) expect(uid[1]).toMatch(/^[0-9a-f]{24}@logbook$/);
    const home = await readOutput(outputDir, 'index.html');
    expect(home).not.toContain('feed.xml');
    expect(home).toContain('calendar.ics');
    for (const file of files.filter((name) => /\.(html|xml|ics|txt)$/.test(name))) {
      expect(await readOutput(outputDir, file), file).not.toMatch(/example\.com|localhost|logbook\.invalid|urn:logbook|<loc>\/|URL:\//);
    }
  });

  it('takes the address, and the path prefix, from build --url', async () => {
    const { project, content } = await exampleCopy(withoutUrl);
    const { outputDir, built } = await buildContent(content, project, { url: 'https://ada.github.io/notes/' });
    expect(built.pathPrefix).toBe('/notes/');
    const { feed, entries } = readFeed(await readOutput(outputDir, 'feed.xml'));
    expect(feed.id).toBe('https://ada.github.io/notes/');
    expect(entries[0]!.link.href).toBe('https://ada.github.io/notes/weeks/2026-W47/');
    expect(await readOutput(outputDir, 'robots.txt')).toContain('Sitemap: https://ada.github.io/notes/sitemap.xml');
    expect(await readOutput(outputDir, 'calendar.ics')).toMatch(/^URL:https:\/\/ada\.github\.io\/notes\/goals\//m);
  });

  it('lets journal.yml url win over --url, and --path-prefix over both paths', async () => {
    const { project, content } = await exampleCopy();
    const first = await buildContent(content, project, { url: 'https://other.example/x/' });
    expect((readFeed(await readOutput(first.outputDir, 'feed.xml')).feed as { id: string }).id).toBe('https://maya-okafor.github.io/journal/');
    const { project: p2, content: c2 } = await exampleCopy(withoutUrl);
    const second = await buildContent(c2, p2, { url: 'https://ada.github.io/notes/', pathPrefix: '/' });
    expect(second.built.pathPrefix).toBe('/');
    expect((readFeed(await readOutput(second.outputDir, 'feed.xml')).feed as { id: string }).id).toBe('https://ada.github.io/');
  });
});

describe('a feed a mentor can trust', () => {
  const updatedOf = (entries: FeedEntry[]) => new Map(entries.map((entry) => [entry.link.href.split('/').at(-2)!, entry.updated]));

  it('changes only the updated date of the entry whose content changed, to the moment of the build', async () => {
    const { project, content } = await exampleCopy();
    const cacheDir = join(project, 'cache');
    const today = '2026-11-24' as IsoDate;
    const first = await buildContent(content, project, { today, cacheDir, clock: new Date('2026-11-24T09:00:00Z') });
    const before = updatedOf(readFeed(await readOutput(first.outputDir, 'feed.xml')).entries);
    const sitemapBefore = await readOutput(first.outputDir, 'sitemap.xml');

    // The same journal again, later that day: nothing moves.
    const same = await buildContent(content, project, { today, cacheDir, clock: new Date('2026-11-24T12:00:00Z') });
    expect(updatedOf(readFeed(await readOutput(same.outputDir, 'feed.xml')).entries)).toEqual(before);
    expect(await readOutput(same.outputDir, 'sitemap.xml')).toBe(sitemapBefore);

    const week = join(content, 'weeks', '2026-W40.md');
    await writeFile(week, `${await readFile(week, 'utf8')}\nOne more thought, added later.\n`);
    const second = await buildContent(content, project, { today, cacheDir, clock: new Date('2026-11-24T15:30:00Z') });
    const { feed, entries } = readFeed(await readOutput(second.outputDir, 'feed.xml'));
    const after = updatedOf(entries);
    for (const [id, date] of before) expect(after.get(id), id).toBe(id === '2026-W40' ? '2026-11-24T15:30:00Z' : date);
    expect(feed.updated).toBe('2026-11-24T15:30:00Z');
    // The week's page changed too; its published date did not.
    expect(entries.find((entry) => entry.link.href.endsWith('/2026-W40/'))!.published).toBe('2026-10-05T00:00:00Z');
    expect(await readOutput(second.outputDir, 'sitemap.xml')).toContain('/weeks/2026-W40/</loc><lastmod>2026-11-24T15:30:00Z</lastmod>');
  });

  it('leaves the week in progress out until its Sunday is over', async () => {
    const { project, content } = await exampleCopy();
    const w47 = await readFile(join(content, 'weeks', '2026-W47.md'), 'utf8');
    await writeFile(join(content, 'weeks', '2026-W48.md'), w47.replace('week: 2026-W47', 'week: 2026-W48'));
    const ids = async (today: string) => {
      const { outputDir } = await buildContent(content, project, { today: today as IsoDate, outputDir: join(project, `site-${today}`) });
      return readFeed(await readOutput(outputDir, 'feed.xml')).entries.map((entry) => entry.link.href.split('/').at(-2));
    };
    expect((await ids('2026-11-29'))[0]).toBe('2026-W47');
    expect((await ids('2026-11-30'))[0]).toBe('2026-W48');
  });

  it('dates nothing after the build, even when --today is ahead of the clock', async () => {
    const { project, content } = await exampleCopy();
    const clock = new Date('2026-11-20T08:00:00Z');
    const { outputDir } = await buildContent(content, project, { today: '2026-12-07' as IsoDate, clock });
    const { feed, entries } = readFeed(await readOutput(outputDir, 'feed.xml'));
    expect(entries.map((entry) => entry.link.href.split('/').at(-2))[0]).toBe('2026-W47');
    const limit = '2026-11-20T08:00:00Z';
    expect(feed.updated as string <= limit).toBe(true);
    for (const entry of entries) expect(entry.updated <= limit && entry.published <= limit).toBe(true);
    for (const match of (await readOutput(outputDir, 'sitemap.xml')).matchAll(/<lastmod>(.*?)<\/lastmod>/g)) expect(match[1]! <= limit).toBe(true);
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

  it('turns a lone carriage return into a newline, never a line break', () => {
    const text = calendarIcs({ name: 'n', milestones: [milestone('a\rb\u001bc')], goalUrl: () => 'https://x.test/g/', host: 'x.test', today: '2026-01-01' as IsoDate });
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n\u001b]/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Learn; things, well\\: a\nbc');
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
