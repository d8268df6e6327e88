/**
 * Full-page screenshots of the pages people open most (home, a goal, a week,
 * the weeks, progress, the year in review) in light, dark, phone and print, saved to
 * `test-output/screenshots/` (ignored by git) for a person to look at.
 * The test checks each is a real full-page picture no wider than its screen.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../helpers/built-site.js';
import { openHarness, type Harness, type SharedSite } from '../helpers/browser-harness.js';

/** Where the pictures go. */
const SCREENSHOT_DIR = join(PROJECT_DIR, 'test-output', 'screenshots');

const VARIANTS = [
  { name: 'light', viewport: { width: 1280, height: 800 }, colorScheme: 'light', media: 'screen', mobile: false },
  { name: 'dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark', media: 'screen', mobile: false },
  { name: 'phone', viewport: { width: 360, height: 740 }, colorScheme: 'light', media: 'screen', mobile: true },
  { name: 'phone-dark', viewport: { width: 360, height: 740 }, colorScheme: 'dark', media: 'screen', mobile: true },
  { name: 'print', viewport: { width: 800, height: 1100 }, colorScheme: 'light', media: 'print', mobile: false },
] as const;

let harness: Harness;
let site: SharedSite;

beforeAll(async () => {
  harness = await openHarness();
  site = harness.site;
  await rm(SCREENSHOT_DIR, { recursive: true, force: true });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

/** Width and height from a PNG's header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('screenshots', () => {
  it('saves home, a goal, a week, the weeks, progress and the review in every variant', async () => {
    const goal = site.pages.find((path) => /^goals\/[^/]+\/$/.test(path));
    const week = site.pages.filter((path) => /^weeks\/\d{4}-W\d\d\/$/.test(path)).at(-1);
    expect(goal).toBeDefined();
    expect(week).toBeDefined();
    const review = site.pages.filter((path) => /^review\/\d{4}\/$/.test(path)).at(-1);
    expect(review).toBeDefined();
    const targets = { home: '', goal: goal!, week: week!, weeks: 'weeks/', progress: 'progress/', review: review! };
    const saved: string[] = [];
    for (const variant of VARIANTS) {
      const context = await harness.newContext({
        viewport: variant.viewport,
        colorScheme: variant.colorScheme,
        isMobile: variant.mobile,
        hasTouch: variant.mobile,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      await page.emulateMedia({ media: variant.media });
      for (const [name, path] of Object.entries(targets)) {
        await page.goto(site.urlOf(path));
        const file = join(SCREENSHOT_DIR, `${name}-${variant.name}.png`);
        const { width, height } = pngSize(await page.screenshot({ path: file, fullPage: true }));
        expect(width, file).toBe(variant.viewport.width);
        expect(height, file).toBeGreaterThanOrEqual(variant.viewport.height);
        saved.push(file);
      }
      await context.close();
    }
    expect(saved).toHaveLength(Object.keys(targets).length * VARIANTS.length);
  });
});
