/// <reference lib="dom" />
/**
 * axe-core on every page of the example journal, in a light and a dark
 * colour scheme: no WCAG 2.1 A or AA violation in either. (A contrast
 * failure in one scheme only, or a new page that breaks a rule, fails here.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, installAxe } from '../helpers/axe.js';
import { openHarness, type Harness, type SharedSite } from '../helpers/browser-harness.js';

let harness: Harness;
let site: SharedSite;
let page: Page;

beforeAll(async () => {
  harness = await openHarness();
  site = harness.site;
  page = await harness.newPage({ viewport: { width: 1280, height: 800 } });
  await installAxe(page);
});

afterAll(async () => {
  await harness?.close();
});

describe('WCAG 2.1 A and AA', () => {
  it('axe finds no violation on any page, in the light or the dark colour scheme', async () => {
    const report: string[] = [];
    for (const path of site.pages) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(site.urlOf(path));
      // Both schemes on the same load: only the colours change between them.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // The scheme really switched: the page background follows it.
        const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        expect(isDark(background), `${path} ${colorScheme}: background ${background}`).toBe(colorScheme === 'dark');
        report.push(...(await axeViolations(page)).map((line) => `${path || '/'} (${colorScheme}): ${line}`));
      }
    }
    expect(report).toEqual([]);
  });
});

/** Whether an `rgb(r, g, b)` colour is dark. */
function isDark(rgb: string): boolean {
  const [r = 255, g = 255, b = 255] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
