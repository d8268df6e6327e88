/**
 * The feed, sitemap and calendar writers given any text at all (control
 * characters, CR, CRLF, lone CR, lone surrogates, `]]>`, `&`, `<`, very long
 * lines): their output is always well-formed, checked by a strict XML 1.0
 * parser (saxes) and by ical.js.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomXml, type AtomEntry } from '../../src/site/feeds/atom-feed.js';
import { calendarIcs } from '../../src/site/feeds/calendar-ics.js';
import { sitemapXml } from '../../src/site/feeds/sitemap.js';
import type { IsoDate } from '../../src/model/types.js';
import type { MilestoneFigure } from '../../src/progress/index.js';
import { withoutControlCharacters } from '../../src/util/control-characters.js';
import { strictXml } from '../helpers/strict-xml.js';

const NASTY = ['\r', '\n', '\r\n', '\t', ']]>', '&', '&amp;', '<', '>', '"', "'", '<![CDATA[', '\u0000', '\u0001', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f', '\ufffe', '\uffff', '\ud800', '\udfff', '\ud83d\ude00', '\\', ';', ',', ':', 'é', '\u2028'];

/** Any text, with the troublesome pieces much more likely than chance. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...NASTY),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.string({ unit: 'binary-ascii', minLength: 60, maxLength: 300 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 20 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true });

/** What a reader of the XML gets back: the text without what XML cannot carry, line ends as LF. */
const asRead = (value: string) => withoutControlCharacters(value).replace(/\r\n?/g, '\n');

const RUNS = 300;

describe('the XML writers with any text', () => {
  it('always write a well-formed Atom feed that reads back the same text', () => {
    const entry = fc.record({ title: text, url: text, id: text, published: date, updated: date, content: text });
    fc.assert(
      fc.property(text, text, text, text, fc.array(entry, { maxLength: 4 }), (title, subtitle, author, language, entries: AtomEntry[]) => {
        const xml = atomXml({ title, subtitle, author, language, home: 'https://x.test/', self: 'https://x.test/feed.xml', id: 'https://x.test/', updated: new Date(0), entries });
        const elements = strictXml(xml);
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(elements.find((element) => element.name === 'title')!.text).toBe(asRead(title));
        const contents = elements.filter((element) => element.name === 'content');
        expect(contents.map((element) => element.text)).toEqual(entries.map((e) => asRead(e.content)));
        const links = elements.filter((element) => element.name === 'link').slice(2);
        expect(links.map((element) => element.attributes.href)).toEqual(entries.map((e) => asRead(e.url).replace(/[\n\t]/g, ' ')));
      }),
      { numRuns: RUNS },
    );
  });

  it('always write a well-formed sitemap', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ loc: text, lastmod: date }), { maxLength: 6 }), (urls) => {
        const xml = sitemapXml(urls);
        const elements = strictXml(xml);
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(elements.filter((element) => element.name === 'loc').map((element) => element.text)).toEqual(urls.map((url) => asRead(url.loc)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the calendar writer with any text', () => {
  it('always writes an iCalendar ical.js reads, with CRLF lines of at most 75 octets', () => {
    const milestone = fc.record({ goalTitle: text, text, goal: text, done: fc.boolean() });
    fc.assert(
      fc.property(text, fc.array(milestone, { minLength: 1, maxLength: 4 }), text, (name, items, url) => {
        const milestones: MilestoneFigure[] = items.map((item) => ({
          goal: item.goal,
          goalTitle: item.goalTitle,
          text: item.text,
          state: item.done ? 'done' : 'open',
          due: '2026-03-01' as IsoDate,
          dueAs: '2026-03-01',
          upcoming: false,
          ...(item.done ? { doneOn: '2026-02-27' as IsoDate } : {}),
        }));
        const ics = calendarIcs({ name, milestones, goalUrl: () => `https://x.test/${url}`, host: 'x.test', today: '2026-01-01' as IsoDate });
        expect(ics.endsWith('\r\n')).toBe(true);
        const lines = ics.slice(0, -2).split('\r\n');
        for (const line of lines) {
          expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
          // No control character but tab inside a line (RFC 5545 allows none other), no lone surrogate.
          expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        }
        const calendar = new ICAL.Component(ICAL.parse(ics));
        // (X-WR-CALNAME is not a property ical.js unescapes: its text is checked through SUMMARY, escaped the same way.)
        expect(calendar.getAllProperties('x-wr-calname')).toHaveLength(1);
        const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
        expect(events.map((event) => event.summary)).toEqual(items.map((item) => asRead(`${item.done ? '✓ ' : ''}${item.goalTitle}: ${item.text}`)));
      }),
      { numRuns: RUNS },
    );
  });
});
