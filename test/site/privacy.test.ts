/**
 * Private and draft entries leave no trace: a unique marker planted in each
 * hidden file (title, body, tags, slug, milestones, intentions) must not
 * appear in any byte of the output, and no figure counts them.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, listFiles, readableBytes, readOutput, searchRecords, tempProject, writeFiles } from '../helpers/site.js';

const GOAL = (title: string, extra = '') => `---
title: ${title}
started: 2026-09-01
${extra}---

## Where I am now
Starting out.

## Success in one year
Something real.

## Resources
- Book: A book

## Why it matters
Because.

## Milestones
- [x] First step (due 2026-09-20, done 2026-09-18)
- [ ] Second step (due 2026-12-06)
`;

const WEEK = (intentions: string, extra = '') => `---
${extra}---

## This week I intend to
${intentions}

## Reflection
Fine.
`;

/** Markers that must never reach the output. */
const MARKERS = ['qzxprivgoal', 'qzxprivdir', 'qzxdraftgoal', 'qzxprivweek', 'qzxdraftweek', 'qzxprivpage', 'qzxprivtag', 'qzxdrafttag'];

const JOURNAL = {
  'content/journal.yml': 'title: Privacy test\nurl: https://someone.github.io/journal/\n',
  'content/goals/public-goal.md': GOAL('A public goal', 'tags: [open]\n'),
  'content/goals/qzxprivgoal.md': GOAL('Secret qzxprivgoal title', 'private: true\ntags: [qzxprivtag]\n').replace('First step', 'qzxprivgoal milestone'),
  'content/goals/qzxdraftgoal.md': GOAL('Draft qzxdraftgoal title', 'draft: true\ntags: [qzxdrafttag]\n'),
  'content/private/qzxprivdir.md': '# Diary qzxprivdir\n\nNever on the site: qzxprivdir.\n',
  'content/pages/qzxprivpage.md': '---\ntitle: qzxprivpage\nprivate: true\n---\nqzxprivpage body\n',
  'content/weeks/2026-W40.md': WEEK('- [x] Public thing #public-goal\n- [ ] Hidden goal work #qzxprivgoal\n  - Why not: busy\n- [x] Draft goal work #qzxdraftgoal'),
  'content/weeks/2026-W41.md': WEEK('- [x] Another public thing #public-goal\n- [ ] Read [my notes](../private/qzxprivdir.md) #public-goal\n  - Why not: tired\n- [ ] Hidden goal work #qzxprivgoal\n  - Why not: again'),
  'content/weeks/2026-W42.md': WEEK('- [x] qzxprivweek one #public-goal\n- [x] qzxprivweek two #public-goal\n- [x] qzxprivweek three #public-goal', 'private: true\n'),
  'content/weeks/2026-W43.md': WEEK('- [ ] qzxdraftweek one #public-goal\n  - Why not: draft', 'draft: true\ntags: [qzxdrafttag]\n'),
};

describe('private and draft entries', () => {
  let outputDir: string;
  let files: string[];

  beforeAll(async () => {
    const project = await tempProject();
    await writeFiles(project, JOURNAL);
    ({ outputDir } = await buildContent(join(project, 'content'), project));
    files = await listFiles(outputDir);
  });

  it('leave no trace in any byte of the output, file names included', async () => {
    const found: string[] = [];
    for (const file of files) {
      const bytes = (await readableBytes(outputDir, file)).toString('latin1').toLowerCase();
      for (const marker of MARKERS) {
        if (file.toLowerCase().includes(marker) || bytes.includes(marker)) found.push(`${marker} in ${file}`);
      }
    }
    expect(found).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
  });

  it('are not in the search index', async () => {
    const records = await searchRecords(outputDir);
    expect(records.map((record) => record.url)).toEqual(['/goals/public-goal/', '/review/2026/', '/weeks/2026-W40/', '/weeks/2026-W41/']);
  });

  it('get no page, tag page, feed entry or calendar event', async () => {
    expect(files.filter((file) => file.startsWith('weeks/2026-W'))).toEqual(['weeks/2026-W40/index.html', 'weeks/2026-W41/index.html']);
    expect(files.filter((file) => file.startsWith('goals/'))).toEqual(['goals/index.html', 'goals/public-goal/index.html']);
    expect(files.filter((file) => file.startsWith('tags/'))).toEqual(['tags/index.html', 'tags/open/index.html']);
    const feed = await readOutput(outputDir, 'feed.xml');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    const calendar = await readOutput(outputDir, 'calendar.ics');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('are not counted in any figure', async () => {
    // Public weeks W40 (2 of 3) and W41 (1 of 3): 3 of 6. The private week (3 of 3) and the draft week (0 of 1) do not count.
    const home = await readOutput(outputDir, 'index.html');
    expect(home).toContain('3 of 6 intentions followed through (50%)');
    const progress = await readOutput(outputDir, 'progress/index.html');
    expect(progress).toContain('3 of 6 intentions followed through (50%)');
    // "Hidden goal work" carried over from W40 to W41 is listed, without the hidden goal's tag.
    expect(progress).toMatch(/<th scope="row">Hidden goal work<\/th>/);
    // The streak counts published logs only: W40, W41.
    expect(progress).toContain('<dt>Longest streak</dt><dd>2 weeks</dd>');
  });

  it('keep the text of a public intention but drop the link to a private file', async () => {
    const week = await readOutput(outputDir, 'weeks/2026-W41/index.html');
    expect(week).toContain('my notes');
    expect(week).not.toMatch(/href="[^"]*private/);
  });

  it('are shown by serve (drafts only, marked), never private ones', async () => {
    const project = await tempProject();
    await writeFiles(project, JOURNAL);
    const { outputDir: preview } = await buildContent(join(project, 'content'), project, { includeDrafts: true });
    const draftWeek = await readOutput(preview, 'weeks/2026-W43/index.html');
    expect(draftWeek).toContain('class="draft-banner"');
    const all = (await Promise.all((await listFiles(preview)).map((file) => readOutput(preview, file)))).join('\n');
    for (const marker of ['qzxprivgoal', 'qzxprivdir', 'qzxprivweek', 'qzxprivpage', 'qzxprivtag']) expect(all).not.toContain(marker);
  });
});
