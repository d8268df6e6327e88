/// <reference lib="dom" />
/**
 * Search as a reader uses it: type a word that only a week's reflection
 * holds, submit, and follow the result to that week, under the path prefix.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openHarness, type Harness, type SharedSite } from '../helpers/browser-harness.js';
import { buildContent, tempProject, writeFiles } from '../helpers/site.js';
import { serveStatic } from '../helpers/static-server.js';
import { watchPage, type PageProblems } from '../helpers/page-watch.js';

let harness: Harness;
let site: SharedSite;
let page: Page;
let watch: PageProblems;

beforeAll(async () => {
  harness = await openHarness();
  site = harness.site;
  page = await harness.newPage();
  watch = watchPage(page);
});

afterAll(async () => {
  await harness?.close();
});

describe('searching the journal', () => {
  it("finds a week by a word of its reflection and clicks through to it", async () => {
    await page.goto(site.urlOf(''));
    // "apologised" appears only in the reflection of week 47.
    await page.getByRole('search').first().getByRole('searchbox').fill('apologised');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/journal\/search\/\?q=apologised$/);
    const results = page.locator('#search-results a');
    await results.first().waitFor({ timeout: 10_000 });
    expect(await results.count()).toBe(1);
    expect(await page.locator('#search-results mark').first().innerText()).toMatch(/apologised/i);
    await results.first().click();
    await page.waitForURL(site.urlOf('weeks/2026-W47/'));
    expect(await page.locator('h1').innerText()).toBe('Week 47, 2026');
    expect(watch.problems).toEqual([]);
  });

  it('finds pages of every shard of the index (goals, plain pages)', async () => {
    // "London" is in a goal (the primary shard) and in about.md (a shard of plain pages), and in no week.
    await page.goto(`${site.urlOf('search/')}?q=London`);
    const results = page.locator('#search-results a');
    await results.first().waitFor({ timeout: 10_000 });
    const found = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(found).toEqual(expect.arrayContaining(['/journal/about/', '/journal/goals/typescript-backend/']));
    expect(found.some((path) => path.startsWith('/journal/weeks/'))).toBe(false);
  });

  it('says so when nothing matches', async () => {
    await page.goto(`${site.urlOf('search/')}?q=qqqqzzzzjjjj`);
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).toBe('0 results for “qqqqzzzzjjjj”.');
    expect(await page.locator('#search-results li').count()).toBe(0);
  });

  it('works in a journal without goals, whose primary shard is then empty', async () => {
    const project = await tempProject('logbook-search-');
    try {
      await writeFiles(project, {
        'content/journal.yml': 'title: Weeks only\n',
        'content/weeks/2026-W40.md': '## This week I intend to\n- [x] Read about lighthouses\n\n## Reflection\nThe lighthouse keeper story was moving.\n',
        'content/notes.md': '# Notes\n\nA page about harbours.\n',
      });
      const { outputDir, built } = await buildContent(join(project, 'content'), project);
      const server = await serveStatic({ root: outputDir, prefix: built.pathPrefix });
      try {
        for (const [word, path] of [['lighthouse', '/weeks/2026-W40/'], ['harbours', '/notes/']] as const) {
          await page.goto(`${server.url}search/?q=${word}`);
          const results = page.locator('#search-results a');
          await results.first().waitFor({ timeout: 10_000 });
          const found = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
          expect(found).toContain(path);
        }
      } finally {
        await server.close();
      }
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});
