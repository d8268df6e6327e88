/**
 * The preview decides which pages to lay out again with the page records
 * `build` uses (reuse-pages.ts): a page is laid out again when what it is
 * made from changed, or when its file in the preview folder is not the one
 * written (changed or removed by anything else), never only because the
 * data compared equal.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFileOf } from '../../src/model/content-paths.js';
import { updatePreview, type PreviewState } from '../../src/serve/preview-site.js';
import { planSite } from '../../src/site/build-site.js';
import { openWorkspace, type Workspace } from '../../src/workspace/workspace.js';
import { EXAMPLE_JOURNAL, FIXTURE_TODAY, loadFixture } from '../helpers/fixtures.js';
import { tempProject } from '../helpers/site.js';

describe('the preview target and the page records', () => {
  let siteDir: string;
  let workspace: Workspace;
  let loaded: Awaited<ReturnType<typeof loadFixture>>;
  let state: PreviewState;
  const update = async () => {
    const result = await updatePreview({ journal: loaded.journal, today: FIXTURE_TODAY, contentRoot: loaded.root, siteDir, previous: state, workspace, copyFiles: false });
    state = result.state;
    return result.written;
  };

  beforeAll(async () => {
    siteDir = await tempProject('logbook-preview-records-');
    workspace = await openWorkspace({ mode: 'memory' });
    loaded = await loadFixture(EXAMPLE_JOURNAL);
  });
  afterAll(async () => {
    await rm(siteDir, { recursive: true, force: true });
  });

  it('lays out every page first, then none when nothing changed: not even the files that are not HTML (feed, sitemap, calendar)', async () => {
    const pages = planSite({ journal: loaded.journal, today: FIXTURE_TODAY, includeDrafts: true, includePrivate: true }).pages;
    // The files that are not HTML pages are in the plan (else the second update's 0 would prove nothing about them).
    expect(pages.map((page) => siteFileOf(page.url))).toEqual(expect.arrayContaining(['calendar.ics', 'robots.txt']));
    expect(await update()).toBe(pages.length);
    workspace.prune();
    expect(await update()).toBe(0);
  });

  it('lays out again a page whose file in the preview folder was changed or removed', async () => {
    const week = join(siteDir, 'weeks', '2026-W47', 'index.html');
    const html = await readFile(week, 'utf8');
    await writeFile(week, 'changed by hand');
    await rm(join(siteDir, 'goals', 'index.html'));
    workspace.prune();
    const written = await update();
    expect(await readFile(week, 'utf8')).toBe(html);
    expect(await readFile(join(siteDir, 'goals', 'index.html'), 'utf8')).toContain('<h1');
    expect(written).toBeLessThan(state.files.size);
  });
});
