/// <reference lib="dom" />
/**
 * Only a keyboard: on every page the skip link is the first tab stop and
 * moves focus to the main content, focus is always visible, and Tab reaches
 * every link and control on the page.
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
  page = await harness.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(recordFocus);
});

afterAll(async () => {
  await harness?.close();
});

interface Stop {
  /** `data-kb` index of the focused element, or -1 for something not in the list (body, the browser). */
  index: number;
  label: string;
  /** Whether focus shows: an outline or a box shadow drawn around it. */
  visible: boolean;
  inMain: boolean;
}

/** Number every element Tab should reach (visible links and controls), returning their labels. */
async function markTabbables(): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const elements = [...document.querySelectorAll(selector)].filter((element) => element.checkVisibility({ visibilityProperty: true }));
    return elements.map((element, index) => {
      element.setAttribute('data-kb', String(index));
      return `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40) || element.getAttribute('aria-label')}"`;
    });
  });
}

/**
 * Installed in every page before it loads: each time focus lands somewhere,
 * note what it is and whether it shows (an outline or a box shadow drawn
 * around it). Noting in the page saves a round trip per Tab.
 */
function recordFocus() {
  const stops: Stop[] = [];
  (globalThis as unknown as { focusStops: Stop[] }).focusStops = stops;
  document.addEventListener('focusin', () => {
    const element = document.activeElement;
    if (!element || element === document.body) return;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    // Not see-through: a heading's anchor link is transparent until hovered or focused.
    let opacity = 1;
    for (let node: Element | null = element; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
    stops.push({
      index: Number(element.getAttribute('data-kb') ?? -1),
      label: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      visible: (outline || shadow) && box.width > 0 && box.height > 0 && opacity > 0.9,
      inMain: Boolean(element.closest('main')),
    });
  });
}

/** Press Tab `times` times and return where focus landed each time (leaving the page ends the list). */
async function tabThrough(times: number): Promise<Stop[]> {
  await page.evaluate(() => void (globalThis as unknown as { focusStops: Stop[] }).focusStops.splice(0));
  for (let press = 0; press < times; press += 1) await page.keyboard.press('Tab');
  return page.evaluate(() => (globalThis as unknown as { focusStops: Stop[] }).focusStops);
}

describe('with only a keyboard', () => {
  it('the skip link is the first tab stop, shows, and moves focus to the main content', async () => {
    for (const path of site.pages) {
      await page.goto(site.urlOf(path));
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const box = element.getBoundingClientRect();
        return { text: element.textContent?.trim(), href: element.getAttribute('href'), top: box.top, bottom: box.bottom };
      });
      expect(first, path).toMatchObject({ text: 'Skip to content', href: '#main' });
      // On screen while focused (it hides above the page otherwise).
      expect(first.top, path).toBeGreaterThanOrEqual(0);
      expect(first.bottom, path).toBeLessThanOrEqual(800);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id), path).toBe('main');
      // The next Tab goes on from the content, not back to the navigation.
      const [next] = await tabThrough(1);
      expect(next?.inMain, `${path}: after skipping, Tab went to ${next?.label}`).toBe(true);
    }
  });

  it('Tab reaches every link and control, each with visible focus', async () => {
    const problems: string[] = [];
    let stops = 0;
    for (const path of site.pages) {
      await page.goto(site.urlOf(path));
      const expected = await markTabbables();
      const reached = new Set<number>();
      // One more press than there are stops: focus then leaves the page (to the browser), ending the walk.
      for (const stop of await tabThrough(expected.length + 1)) {
        if (stop.index < 0) problems.push(`${path || '/'}: Tab reaches ${stop.label}, which does not look focusable`);
        reached.add(stop.index);
        stops += 1;
        if (!stop.visible) problems.push(`${path || '/'}: no visible focus on ${stop.label}`);
      }
      expected.forEach((label, index) => {
        if (!reached.has(index)) problems.push(`${path || '/'}: Tab never reaches ${label}`);
      });
    }
    expect(problems).toEqual([]);
    expect(stops).toBeGreaterThan(site.pages.length * 10);
  });

  it("shows a heading's anchor link when it has focus, and hides it otherwise where there is a mouse", async () => {
    const week = site.pages.find((path) => /^weeks\/\d{4}-W\d{2}\/$/.test(path))!;
    await page.goto(site.urlOf(week));
    const anchor = page.locator('main h2 > a.anchor').first();
    expect(await anchor.getAttribute('href')).toMatch(/^#user-content-/);
    expect(await anchor.evaluate((element) => getComputedStyle(element).opacity)).toBe('0');
    await anchor.focus();
    expect(await anchor.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    expect(await anchor.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  });

  it('opens the folded tables of figures with Enter and Space', async () => {
    await page.goto(site.urlOf('progress/'));
    const summaries = page.locator('details.figures > summary');
    expect(await summaries.count()).toBeGreaterThan(0);
    for (const [index, key] of [[0, 'Enter'], [1, 'Space']] as const) {
      const details = page.locator('details.figures').nth(index);
      await summaries.nth(index).focus();
      await page.keyboard.press(key);
      expect(await details.evaluate((element) => (element as HTMLDetailsElement).open), key).toBe(true);
      expect(await details.locator('table').isVisible(), key).toBe(true);
    }
  });
});
