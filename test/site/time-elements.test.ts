/**
 * Every date a page shows is a `<time>` element a machine can read: days as
 * `YYYY-MM-DD`, weeks as ISO weeks (`2026-W03`), on a small journal built
 * into a temporary folder.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLongDate } from '../../src/model/calendar-date.js';
import type { IsoDate, WeekId } from '../../src/model/types.js';
import { dueHtml, timeHtml, weekDatesHtml } from '../../src/site/format.js';
import { buildContent, readOutput, tempProject, writeFiles } from '../helpers/site.js';

const GOAL = `---
title: Learn Rust
status: active
started: 2026-01-05
due: 2026-12-31
---
## Where I am now
Starting from zero.
## Success in one year
A crate on crates.io.
## Resources
- Book: The Rust Book
## Why it matters
Because.
## Milestones
- [x] Ownership chapter (due 2026-01-31, done 2026-01-20)
- [ ] First crate (due 2026-W10)
- [ ] A talk (due 2026-02-10)
`;

const WEEK = (lines: string) => `## This week I intend to\n${lines}\n\n## Reflection\nFine.\n`;

/** Every `<time>` element of a page: its `datetime` and its text. */
function times(html: string): { datetime: string; text: string }[] {
  return [...html.matchAll(/<time datetime="([^"]*)">([^<]*)<\/time>/g)].map((match) => ({ datetime: match[1]!, text: match[2]! }));
}

describe('dates in <time> elements', () => {
  let out: string;
  beforeAll(async () => {
    const project = await tempProject();
    await writeFiles(project, {
      'content/journal.yml': 'title: Dates test\nurl: https://example.org/\n',
      'content/goals/rust.md': GOAL,
      'content/weeks/2026-W02.md': WEEK('- [x] Read ch. 4 #rust'),
      'content/weeks/2026-W03.md': WEEK('- [ ] Exercises #rust\n  - Why not: busy'),
    });
    ({ outputDir: out } = await buildContent(join(project, 'content'), project, { today: '2026-01-28' as IsoDate }));
  });

  it("wraps a goal's start, due date and its milestones' dates", async () => {
    const html = await readOutput(out, 'goals/rust/index.html');
    expect(html).toContain('<dt>Started</dt><dd><time datetime="2026-01-05">5 January 2026</time></dd>');
    expect(html).toContain('<dt>Due</dt><dd><time datetime="2026-12-31">31 December 2026</time></dd>');
    expect(html).toContain('done <time datetime="2026-01-20">20 January 2026</time>');
    expect(html).toContain('due <time datetime="2026-01-31">31 January 2026</time>');
    // A milestone due in a week: the week, and the Sunday it ends on.
    expect(html).toContain('due <time datetime="2026-W10">week 10 of 2026</time> (by <time datetime="2026-03-08">8 March 2026</time>)');
  });

  it("wraps a week's dates as its ISO week", async () => {
    const html = await readOutput(out, 'weeks/2026-W03/index.html');
    expect(html).toContain('<p class="meta"><time datetime="2026-W03">12–18 January 2026</time> · ');
    const index = await readOutput(out, 'weeks/index.html');
    expect(times(index).map((time) => time.datetime)).toEqual(['2026-W03', '2026-W02']);
  });

  it('wraps the dates of the home page: the latest week, what is due, the goals', async () => {
    const html = await readOutput(out, 'index.html');
    expect(html).toContain('<time datetime="2026-W03">12–18 January 2026</time>');
    expect(html).toMatch(/Due in the next four weeks[\s\S]*A talk[\s\S]*due <time datetime="2026-02-10">10 February 2026<\/time>/);
    expect(html).toContain('Due <time datetime="2026-12-31">31 December 2026</time>.');
  });

  it('wraps the start of each goal in the year in review', async () => {
    const html = await readOutput(out, 'review/2026/index.html');
    expect(html).toContain('<p class="meta">Started <time datetime="2026-01-05">5 January 2026</time></p>');
  });

  it('gives every <time> on these pages a valid datetime that says what its text says', async () => {
    const pages = ['index.html', 'goals/index.html', 'goals/rust/index.html', 'weeks/index.html', 'weeks/2026-W03/index.html', 'review/2026/index.html'];
    let count = 0;
    for (const page of pages) {
      for (const { datetime, text } of times(await readOutput(out, page))) {
        count += 1;
        if (/^\d{4}-W\d{2}$/.test(datetime)) expect(text).toMatch(/January|week 10 of 2026/);
        else {
          expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(text).toBe(formatLongDate(datetime as IsoDate));
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(15);
  });
});

describe('the <time> helpers', () => {
  it('escape what they are given', () => {
    expect(timeHtml('a"b<c>', "5 & 6 'x'")).toBe('<time datetime="a&quot;b&lt;c&gt;">5 &amp; 6 &#39;x&#39;</time>');
  });

  it('name a week by its ISO week and its days', () => {
    expect(weekDatesHtml({ id: '2025-W01' as WeekId, monday: '2024-12-30' as IsoDate, sunday: '2025-01-05' as IsoDate })).toBe(
      '<time datetime="2025-W01">30 December 2024 – 5 January 2025</time>',
    );
  });

  it('say nothing for a milestone without a due date', () => {
    expect(dueHtml({ due: undefined, dueAs: undefined })).toBeUndefined();
  });
});
