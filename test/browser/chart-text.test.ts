/**
 * Chart text a mentor can read on a phone and on a laptop: on every page
 * with a chart, at 360 px and 1280 px, light and dark, every text element
 * of every chart (the SVG's own text, the HTML legends and captions under
 * it) renders at 12 CSS px or more and lies inside the screen. The year grid
 * may scroll sideways in its own box on a phone: its text must then lie
 * inside that box's drawing, and the box itself inside the screen; its
 * legend is outside the box and must fit the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../helpers/browser-harness.js';

const MIN_PX = 12;
const VARIANTS = [
  { name: 'phone', viewport: { width: 360, height: 740 }, mobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, mobile: false },
] as const;
const SCHEMES = ['light', 'dark'] as const;

let harness: Harness;

beforeAll(async () => {
  harness = await openHarness();
});

afterAll(async () => {
  await harness?.close();
});

interface Measured {
  problems: string[];
  svgTexts: number;
  htmlTexts: number;
}

/** Runs in the page: measures every chart text element. */
function measure(minPx: number): Measured {
  const problems: string[] = [];
  const width = window.innerWidth;
  const inScreen = (rect: DOMRect) => rect.left >= -0.5 && rect.right <= width + 0.5;
  const name = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
  let svgTexts = 0;
  let htmlTexts = 0;
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const scroller = svg.closest('.chart-scroll');
    if (scroller && !inScreen(scroller.getBoundingClientRect())) problems.push(`the scroll box of ${svg.classList[1]} sticks out of the screen`);
    if (!scroller && !inScreen(box)) problems.push(`${svg.classList[1]} sticks out of the screen`);
    for (const text of svg.querySelectorAll('text')) {
      svgTexts += 1;
      const rect = text.getBoundingClientRect();
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < minPx || rect.height < minPx) problems.push(`${svg.classList[1]}: ${name(text)} is ${size.toFixed(1)} px (box ${rect.height.toFixed(1)} px high)`);
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5) {
        problems.push(`${svg.classList[1]}: ${name(text)} is cut off at the edge of its drawing`);
      }
      if (!scroller && !inScreen(rect)) problems.push(`${svg.classList[1]}: ${name(text)} is outside the screen`);
    }
  }
  for (const element of document.querySelectorAll('.chart-legend li, figure.chart-figure figcaption p')) {
    htmlTexts += 1;
    const rect = element.getBoundingClientRect();
    const size = parseFloat(getComputedStyle(element).fontSize);
    if (size < minPx) problems.push(`${name(element)} is ${size} px`);
    if (!inScreen(rect)) problems.push(`${name(element)} is outside the screen`);
    if (element.closest('.chart-scroll')) problems.push(`${name(element)} scrolls away with its chart`);
  }
  return { problems, svgTexts, htmlTexts };
}

describe('chart text', () => {
  for (const variant of VARIANTS) {
    for (const scheme of SCHEMES) {
      it(`is at least ${MIN_PX} px and on screen at ${variant.viewport.width} px, ${scheme}`, async () => {
        const page = await harness.newPage({
          viewport: variant.viewport,
          colorScheme: scheme,
          isMobile: variant.mobile,
          hasTouch: variant.mobile,
        });
        const problems: string[] = [];
        let svgTexts = 0;
        let htmlTexts = 0;
        const chartPages = new Set<string>();
        for (const path of harness.site.pages) {
          await page.goto(harness.site.urlOf(path));
          const measured = await page.evaluate(measure, MIN_PX);
          problems.push(...measured.problems.map((problem) => `/${path}: ${problem}`));
          svgTexts += measured.svgTexts;
          htmlTexts += measured.htmlTexts;
          if (measured.svgTexts > 0) chartPages.add(path);
        }
        expect(problems).toEqual([]);
        // Not vacuous: the charts of home, the goals, weeks, progress and review were measured.
        for (const path of ['', 'goals/', 'weeks/', 'progress/']) expect(chartPages, path).toContain(path);
        expect([...chartPages].some((path) => path.startsWith('review/'))).toBe(true);
        expect(svgTexts).toBeGreaterThan(50);
        expect(htmlTexts).toBeGreaterThan(10);
      });
    }
  }
});
