/** The year in review on a small journal that spans New Year. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/model/types.js';
import { buildContent, listFiles, readOutput, tempProject, writeFiles } from '../helpers/site.js';

const goal = (title: string, started: string, milestones: string, status = 'active') => `---
title: ${title}
status: ${status}
started: ${started}
due: 2026-12-31
---
## Where I am now
Starting from zero on ${title}.
## Success in one year
Done well.
## Resources
- Book: One
## Why it matters
Because.
## Milestones
${milestones}
`;

const week = (lines: string, reflection = '') => `## This week I intend to
${lines}
${reflection ? `\n## Reflection\n${reflection}\n` : ''}`;

describe('the year in review', () => {
  let out: string;
  beforeAll(async () => {
    const project = await tempProject();
    await writeFiles(project, {
      'content/journal.yml': 'title: Review test\n',
      'content/goals/rust.md': goal('Rust', '2025-11-03', '- [x] Ownership chapter (due 2025-12-01, done 2025-11-28)\n- [x] First crate (due 2026-01-31, done 2026-01-20)\n- [ ] Talk (due 2026-06-30)'),
      'content/goals/talks.md': goal('Talks', '2026-01-05', '- [x] Submit a CFP (due 2026-02-01, done 2026-01-30)', 'done'),
      'content/weeks/2025-W51.md': week('- [x] Read ch. 4 #rust\n- [ ] Exercises #rust\n  - Why not: the borrow checker won', 'Short week.'),
      'content/weeks/2025-W52.md': week('- [ ] Exercises again #rust\n  - Why not: holidays\n  - Why again: still worth it\n- [ ] Rest #rust\n  - Why not: did not rest either'),
      // 2026-W01 runs from 29 December 2025 to 4 January 2026: it belongs to 2026.
      'content/weeks/2026-W01.md': week('- [x] Start the crate #rust\n- [ ] Pick a talk topic #talks\n  - Why not: could not choose', 'A much longer reflection about starting the year with a plan, and about what the last weeks of the old year taught me about rest.'),
      'content/weeks/2026-W02.md': week('- [x] Submit the CFP #talks', 'Done.'),
    });
    ({ outputDir: out } = await buildContent(join(project, 'content'), project, { today: '2026-01-20' as IsoDate }));
  });

  it('has one page per year with something to review', async () => {
    expect((await listFiles(out)).filter((file) => file.startsWith('review/'))).toEqual(['review/2025/index.html', 'review/2026/index.html']);
  });

  it('counts the weeks of each ISO year from the journal\'s first week to this week, the week spanning New Year in the new one', async () => {
    const y2025 = await readOutput(out, 'review/2025/index.html');
    // The journal began in 2025-W51: two weeks of 2025 could have been logged, not 52.
    expect(y2025).toContain('<dt>Weeks logged</dt><dd>2 of 2 <span class="meta">since the journal began in week 51</span></dd>');
    expect(y2025).toContain('1 of 4 intentions followed through (25%)');
    const y2026 = await readOutput(out, 'review/2026/index.html');
    // Today is in 2026-W04: W01 to W04 so far.
    expect(y2026).toContain('<dt>Weeks logged</dt><dd>2 of 4</dd>');
    expect(y2026).toContain('2 of 3 intentions followed through (67%)');
  });

  it("lists each year's milestones done, by done date", async () => {
    const y2025 = await readOutput(out, 'review/2025/index.html');
    expect(y2025).toContain('<dt>Milestones done</dt><dd>1</dd>');
    expect(y2025).toContain('Ownership chapter');
    const y2026 = await readOutput(out, 'review/2026/index.html');
    expect(y2026).toContain('<dt>Milestones done</dt><dd>2</dd>');
    expect(y2026.indexOf('First crate')).toBeLessThan(y2026.indexOf('Submit a CFP'));
  });

  it("shows each goal's starting point and where it stands", async () => {
    const y2025 = await readOutput(out, 'review/2025/index.html');
    expect(y2025).toContain('Starting from zero on Rust.');
    expect(y2025).toContain('At the end of 2025: 1 of 3 milestones done; status active.');
    expect(y2025).not.toContain('Starting from zero on Talks.');
    const y2026 = await readOutput(out, 'review/2026/index.html');
    expect(y2026).toContain('So far: 2 of 3 milestones done; status active.');
    expect(y2026).toMatch(/Finished this year:<\/strong> <a class="goal-link" href="\/goals\/talks\/">Talks<\/a>/);
  });

  it('points at the longest reflections', async () => {
    const y2026 = await readOutput(out, 'review/2026/index.html');
    const longest = y2026.slice(y2026.indexOf('The longest reflections'), y2026.indexOf('Missed intentions, by goal'));
    expect(longest.indexOf('Week 1, 2026')).toBeLessThan(longest.indexOf('Week 2, 2026'));
  });

  it('lists the missed intentions themselves, grouped by goal, with their reasons', async () => {
    const y2026 = await readOutput(out, 'review/2026/index.html');
    const missed2026 = y2026.slice(y2026.indexOf('Missed intentions, by goal'));
    expect(missed2026).toMatch(
      /<h3 id="review-missed-1"><a href="\/goals\/talks\/">Talks<\/a> <span class="count">1 intention missed<\/span> <a class="anchor" href="#review-missed-1"[^>]*>#<\/a><\/h3>\s*<ul class="reasons">\s*<li><span class="reason-intention">Pick a talk topic/,
    );
    expect(missed2026).toContain('<span class="reason-label">Why not:</span> could not choose');
    const y2025 = await readOutput(out, 'review/2025/index.html');
    const missed = y2025.slice(y2025.indexOf('Missed intentions, by goal'));
    expect(missed).toContain('Rust</a> <span class="count">3 intentions missed</span>');
    for (const intention of ['Exercises</span>', 'Exercises again</span>', 'Rest</span>']) expect(missed).toContain(`<span class="reason-intention">${intention}`);
    expect(missed.match(/<span class="reason">/g)).toHaveLength(3);
    expect(missed).toContain('holidays');
    expect(y2025).not.toContain('The most missed intentions');
  });

  it('says what the follow-through chart shows', async () => {
    const y2025 = await readOutput(out, 'review/2025/index.html');
    expect(y2025).toContain('<h2 id="review-months">Follow-through through the year <a class="anchor" href="#review-months" aria-label="Link to this section: Follow-through through the year" data-pagefind-ignore>#</a></h2>');
    expect(y2025).toContain('Each square is a week of 2025');
    // Weeks before the journal's first week are "not started", not missed.
    expect(y2025).toContain('data-week="2025-W50" data-state="before"');
    expect(y2025).toContain('data-week="2025-W51" data-state="rate"');
  });
});
