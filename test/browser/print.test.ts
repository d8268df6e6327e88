/// <reference lib="dom" />
/**
 * On paper (emulated print media): the navigation is gone, and a goal's
 * content and the figures (charts and their tables) are all on the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness, type SharedSite } from '../helpers/browser-harness.js';

let harness: Harness;
let site: SharedSite;
let page: Page;

beforeAll(async () => {
  harness = await openHarness();
  site = harness.site;
  page = await harness.newPage({ viewport: { width: 800, height: 1100 } });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
});

afterAll(async () => {
  await harness?.close();
});

/** Whether something is drawn: rendered, not hidden, with a size. */
function shown(selector: string) {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return element.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true }) && box.width > 0 && box.height > 0;
    }),
  );
}

const goalPages = () => site.pages.filter((path) => /^goals\/[^/]+\/$/.test(path));

describe('printed', () => {
  it('hides the navigation, the skip link and the footer on every page', async () => {
    expect(await page.evaluate(() => matchMedia('print').matches)).toBe(true);
    for (const path of site.pages) {
      await page.goto(site.urlOf(path));
      expect(await shown('header nav, .skip-link, footer'), path).toEqual([false, false, false]);
      // The page's own heading stays.
      expect(await shown('main h1'), path).toEqual([true]);
    }
  });

  it('shows all of a goal: its sections, milestones, week-by-week list and charts', async () => {
    expect(goalPages().length).toBeGreaterThan(0);
    for (const path of goalPages()) {
      await page.goto(site.urlOf(path));
      const sections = await shown('main section');
      expect(sections.length, path).toBeGreaterThanOrEqual(5);
      expect(sections.every(Boolean), path).toBe(true);
      const text = await page.locator('main').innerText();
      for (const heading of ['Resources', 'Milestones', 'Week by week']) expect(text, path).toContain(heading);
      const charts = await shown('main svg');
      expect(charts.length, path).toBeGreaterThan(0);
      expect(charts.every(Boolean), `${path}: every chart drawn`).toBe(true);
    }
  });

  it('shows every chart and every table of figures on the progress page, even those folded away on screen', async () => {
    await page.goto(site.urlOf('progress/'));
    const charts = await shown('main figure svg');
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(charts.every(Boolean)).toBe(true);
    const tables = await shown('main table');
    expect(tables.length).toBeGreaterThanOrEqual(4);
    expect(tables.every(Boolean)).toBe(true);
    // The cells are there too, not only the table box.
    expect(await shown('details.figures table td')).toContain(true);
  });

  it('prints in the light palette even from a dark-mode browser', async () => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    try {
      await page.goto(site.urlOf('progress/'));
      const colours = await page.evaluate(() => {
        const line = document.querySelector('.step-line');
        return {
          background: getComputedStyle(document.documentElement).backgroundColor,
          text: getComputedStyle(document.body).color,
          line: line ? getComputedStyle(line).stroke : 'no step line',
        };
      });
      // White paper, black text, and the chart's first line in its light-palette blue (#0969da).
      expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', line: 'rgb(9, 105, 218)' });
    } finally {
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    }
  });

  it('prints to PDF', async () => {
    await page.goto(site.urlOf(goalPages()[0]!));
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  });
});
