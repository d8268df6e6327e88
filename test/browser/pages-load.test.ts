/// <reference lib="dom" />
/**
 * Every page of the example journal, opened in Chromium under the path
 * prefix: no console error, no failed request, no 404, and every page is
 * reachable by following links from the home page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness, type SharedSite } from '../helpers/browser-harness.js';
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

/** The same-origin links (and search form targets) of the open page, as page paths under the prefix (no fragment). */
async function internalLinks(): Promise<string[]> {
  const hrefs = await page.$$eval('a[href], link[href], form[action]', (elements) =>
    elements.map((element) => (element instanceof HTMLFormElement ? element.action : (element as HTMLAnchorElement).href)),
  );
  return hrefs
    .filter((href) => href.startsWith(site.url))
    .map((href) => href.slice(site.url.length).replace(/#.*$/, ''));
}

describe('the example site in Chromium', () => {
  it('has the pages a journal needs', () => {
    expect(site.prefix).toBe('/journal/');
    for (const path of ['', 'goals/', 'weeks/', 'progress/', 'tags/', '404.html']) expect(site.pages).toContain(path);
    expect(site.pages.filter((path) => path.startsWith('goals/') && path !== 'goals/').length).toBeGreaterThan(0);
    expect(site.pages.filter((path) => path.startsWith('weeks/') && path !== 'weeks/').length).toBeGreaterThan(0);
  });

  it('loads every page with no console error, failed request or 404', async () => {
    const report: string[] = [];
    for (const path of site.pages) {
      watch.clear();
      const response = await page.goto(site.urlOf(path), { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      // The stylesheet really applied (a 404 on it would leave the browser default).
      expect(await page.evaluate(() => getComputedStyle(document.body).margin), path).toBe('0px');
      report.push(...watch.problems.map((problem) => `${path || '/'}: ${problem}`));
    }
    expect(report).toEqual([]);
    expect(await harness.misses()).toEqual([]);
  });

  it('reaches every page (but the 404 page) by following links from home, and no link is broken', async () => {
    const seen = new Set<string>(['']);
    const queue = [''];
    const broken: string[] = [];
    while (queue.length > 0) {
      const from = queue.shift()!;
      await page.goto(site.urlOf(from));
      for (const target of await internalLinks()) {
        if (seen.has(target)) continue;
        seen.add(target);
        const check = await fetch(site.urlOf(target), { method: 'HEAD' });
        if (check.status !== 200) broken.push(`${from || '/'} → ${target} (${check.status})`);
        else if (target === '' || target.endsWith('/') || target.endsWith('.html')) queue.push(target);
      }
    }
    expect(broken).toEqual([]);
    const unreachable = site.pages.filter((path) => path !== '404.html' && !seen.has(path));
    expect(unreachable).toEqual([]);
    // Feeds and the stylesheet are linked too.
    for (const file of ['feed.xml', 'calendar.ics', 'style.css', 'icon.svg']) expect([...seen]).toContain(file);
  });

  it('shows the styled 404 page, with working links, at a missing address deep under the prefix', async () => {
    watch.clear();
    const missing = site.urlOf('goals/no-such-goal/deeper/');
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    // Only the page itself is missing: its stylesheet, icon and links all resolve from any depth.
    expect(watch.problems.filter((problem) => !problem.includes('status of 404'))).toEqual([`404 ${missing}`]);
    const home = await page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href');
    expect(home).toBe(site.prefix);
  });
});
