/// <reference lib="dom" />
/**
 * A mentor opens the link on a phone: at 360 × 740 no page scrolls
 * sideways, and the site navigation is visible, big enough to tap and works.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, installAxe } from '../helpers/axe.js';
import { openHarness, type Harness, type SharedSite } from '../helpers/browser-harness.js';

const PHONE = { width: 360, height: 740 };

let harness: Harness;
let site: SharedSite;
let page: Page;

beforeAll(async () => {
  harness = await openHarness();
  site = harness.site;
  page = await harness.newPage({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await installAxe(page);
});

afterAll(async () => {
  await harness?.close();
});

/** Every page wider than `width` at the current viewport, with the elements that stick out. */
async function sidewaysPages(width: number): Promise<string[]> {
  const wide: string[] = [];
  for (const path of site.pages) {
    await page.goto(site.urlOf(path));
    const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
      // The layout viewport; a phone zooms out (innerWidth grows) when the page is wider.
      const layoutWidth = document.documentElement.clientWidth;
      // The elements that stick out, to say what to fix.
      const culprits = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > layoutWidth + 0.5 && element.checkVisibility())
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
      return { scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth, culprits };
    });
    if (Math.max(scrollWidth, innerWidth) > width) wide.push(`${path || '/'}: ${Math.max(scrollWidth, innerWidth)}px wide (${culprits.join(', ')})`);
  }
  return wide;
}

describe('at 360 × 740', () => {
  it('no page scrolls sideways', async () => {
    expect(await sidewaysPages(PHONE.width)).toEqual([]);
  });

  it('no page scrolls sideways at 320 px either (WCAG 2.1 reflow: 1280 px zoomed to 400%)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      expect(await sidewaysPages(320)).toEqual([]);
    } finally {
      await page.setViewportSize(PHONE);
    }
  });

  it('shows every navigation link in the first screen, big enough to tap', async () => {
    await page.goto(site.urlOf(''));
    const links = await page.$$eval('header nav a', (anchors) =>
      anchors.map((anchor) => {
        const box = anchor.getBoundingClientRect();
        const centre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          label: anchor.textContent?.trim() ?? '',
          visible: anchor.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
          inFirstScreen: box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth,
          height: box.height,
          width: box.width,
          onTop: centre === anchor || anchor.contains(centre),
        };
      }),
    );
    expect(links.map((link) => link.label)).toEqual(expect.arrayContaining(['Home', 'Goals', 'Weeks', 'Progress']));
    for (const link of links) {
      expect(link, link.label).toMatchObject({ visible: true, inFirstScreen: true, onTop: true });
      // WCAG 2.2's minimum target size (24 × 24 CSS pixels), a fair bar for a thumb.
      expect(link.height, link.label).toBeGreaterThanOrEqual(24);
      expect(link.width, link.label).toBeGreaterThanOrEqual(24);
    }
  });

  it('each navigation link opens its page when tapped', async () => {
    await page.goto(site.urlOf(''));
    const targets = await page.$$eval('header nav a', (anchors) => anchors.map((anchor) => ({ label: anchor.textContent!.trim(), href: anchor.href })));
    for (const { label, href } of targets) {
      // Start from a page outside the navigation, so every tap really goes somewhere.
      await page.goto(site.urlOf('tags/'));
      await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: label, exact: true }).tap();
      await page.waitForURL(href);
      expect(page.url()).toBe(href);
      expect(await page.locator('h1').first().isVisible(), label).toBe(true);
    }
  });

  it('axe finds no WCAG 2.1 A/AA violation at this width either (boxes that scroll here must take focus)', async () => {
    const report: string[] = [];
    for (const path of site.pages) {
      await page.goto(site.urlOf(path));
      report.push(...(await axeViolations(page)).map((line) => `${path || '/'}: ${line}`));
    }
    expect(report).toEqual([]);
  });
});
