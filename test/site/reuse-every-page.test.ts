/**
 * The page records cover every file Eleventy writes, not only HTML pages:
 * the feed, the sitemap, the calendar and robots.txt are reused like the
 * others when what they are made from is unchanged, and laid out again when
 * it changed, including when only the build's moment changed what they show
 * (their dates are worked out in the plan and are part of their view).
 * A reused file is a hard link to the previous output's file (see
 * spare-output.ts), so it keeps its inode; a file laid out again is a new
 * one. That is how the tests below tell them apart.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/model/types.js';
import { buildContent, listFiles, scratchFolders, withExampleJournal, writeFiles } from '../helpers/site.js';

const project = scratchFolders('logbook-reuse-every-');

/** Each output file's inode, by path. */
async function inodes(outputDir: string): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  for (const path of await listFiles(outputDir)) result.set(path, (await stat(join(outputDir, path))).ino);
  return result;
}

/** The files of `after` that are not the same file (inode) as in `before`. */
function laidOut(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([path, ino]) => before.get(path) !== ino).map(([path]) => path);
}

/** Only pages: the stylesheet, icon and assets are copied by every build, the marker and the search index's list of shards written. */
const pagesOnly = (paths: string[]) =>
  paths.filter((path) => !path.startsWith('pagefind/') && !path.startsWith('assets/') && !['.logbook-site', 'style.css', 'icon.svg'].includes(path));

describe('page records for files that are not HTML', () => {
  it('a build with nothing changed lays out no page at all: feed, sitemap, calendar and robots.txt included', async () => {
    const cwd = await withExampleJournal(await project());
    const cacheDir = join(cwd, '.cache');
    const first = await buildContent(join(cwd, 'content'), cwd, { cacheDir });
    for (const file of ['feed.xml', 'sitemap.xml', 'calendar.ics', 'robots.txt']) expect(await listFiles(first.outputDir)).toContain(file);
    const before = await inodes(first.outputDir);
    const again = await buildContent(join(cwd, 'content'), cwd, { cacheDir });
    expect(pagesOnly(laidOut(before, await inodes(again.outputDir)))).toEqual([]);
    expect(pagesOnly([...before.keys()]).length).toBeGreaterThan(20);
  });

  it("an edited week lays out its page and the pages that show it (feed, sitemap), not robots.txt nor the calendar", async () => {
    const cwd = await withExampleJournal(await project());
    const cacheDir = join(cwd, '.cache');
    const content = join(cwd, 'content');
    const { outputDir } = await buildContent(content, cwd, { cacheDir });
    const before = await inodes(outputDir);
    const week = join(content, 'weeks', '2026-W46.md');
    await writeFile(week, (await readFile(week, 'utf8')).replace('taught me more in three evenings', 'taught me more in four evenings'));
    await buildContent(content, cwd, { cacheDir });
    const changed = pagesOnly(laidOut(before, await inodes(outputDir)));
    expect(changed).toEqual(expect.arrayContaining(['weeks/2026-W46/index.html', 'feed.xml', 'sitemap.xml']));
    for (const file of ['robots.txt', 'calendar.ics', '404.html', 'about/index.html']) expect(changed).not.toContain(file);
    expect(await readFile(join(outputDir, 'feed.xml'), 'utf8')).toContain('four evenings');
  });

  it("a file whose text shows the build's moment is laid out again when the moment changes", async () => {
    // No week is over yet: the feed has no entry, and its `updated` is the moment of the build.
    const cwd = await project();
    await writeFiles(join(cwd, 'content'), {
      'journal.yml': 'title: Soon\nurl: https://example.org/\n',
      'weeks/2026-W48.md': '---\nweek: 2026-W48\n---\n\n## This week I intend to\n- [ ] Start\n\n## Reflection\nNot over yet.\n',
    });
    const cacheDir = join(cwd, '.cache');
    const today = '2026-11-25' as IsoDate;
    const { outputDir } = await buildContent(join(cwd, 'content'), cwd, { cacheDir, today, clock: new Date('2026-11-25T10:00:00Z') });
    expect(await readFile(join(outputDir, 'feed.xml'), 'utf8')).toContain('<updated>2026-11-25T10:00:00Z</updated>');
    const before = await inodes(outputDir);
    await buildContent(join(cwd, 'content'), cwd, { cacheDir, today, clock: new Date('2026-11-25T11:00:00Z') });
    expect(await readFile(join(outputDir, 'feed.xml'), 'utf8')).toContain('<updated>2026-11-25T11:00:00Z</updated>');
    expect(pagesOnly(laidOut(before, await inodes(outputDir)))).toEqual(['feed.xml']);
  });
});
