/**
 * What every chart must be: well-formed SVG, `role="img"` labelled by its
 * own `<title>` and `<desc>`, ids unique per prefix, text escaped, colours
 * with enough contrast on light and dark pages, and nothing private in it.
 */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  computeProgress,
  FALLBACK_COLORS,
  renderHeatmap,
  renderMilestoneSteps,
  renderProgressBar,
  renderWeeklyBars,
  type GoalFigure,
} from '../../../src/progress/index.js';
import { child, deepText, loadProgressFixture, parseSvg } from '../helpers.js';

async function renderAll(prefix: string, includeDrafts = false) {
  const { journal, today } = await loadProgressFixture('follow-through', '2026-11-24');
  const progress = computeProgress(journal, { today, includeDrafts });
  return {
    bars: renderWeeklyBars(progress.weeks, { idPrefix: `${prefix}-bars` }),
    heatmap: renderHeatmap(progress.weeks, { idPrefix: `${prefix}-heatmap`, today }),
    steps: renderMilestoneSteps(progress.goals, { idPrefix: `${prefix}-steps`, today }),
    ...Object.fromEntries(progress.goals.map((goal) => [`bar-${goal.slug}`, renderProgressBar(goal, { idPrefix: `${prefix}-${goal.slug}` })])),
  } as Record<string, string>;
}

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('every chart', () => {
  it('is well-formed XML with role="img", labelled by its title and described by its desc', async () => {
    for (const [name, svg] of Object.entries(await renderAll('page'))) {
      expect(XMLValidator.validate(svg), name).toBe(true);
      const root = parseSvg(svg);
      expect(root.attrs.role, name).toBe('img');
      expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      const [title, desc] = root.children;
      expect([title!.name, desc!.name], name).toEqual(['title', 'desc']);
      expect(title!.text.length, name).toBeGreaterThan(5);
      expect(desc!.text.length, name).toBeGreaterThan(10);
      expect(root.attrs['aria-labelledby']).toBe(`${title!.attrs.id} ${desc!.attrs.id}`);
      expect(root.attrs.viewBox).toBe(`0 0 ${root.attrs.width} ${root.attrs.height}`);
    }
  });

  it('uses ids from its prefix, so two charts on a page never clash', async () => {
    const ids = (charts: Record<string, string>) =>
      Object.values(charts).flatMap((svg) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
    const all = [...ids(await renderAll('one')), ...ids(await renderAll('two'))];
    expect(new Set(all).size).toBe(all.length);
  });

  it('escapes text taken from the journal', () => {
    const goal = { slug: 'x', title: 'Tags <b> & "quotes"', milestonesDone: 1, milestonesTotal: 2, overdue: 0, progress: 0.5 } as GoalFigure;
    const svg = renderProgressBar(goal, { idPrefix: 'x' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(child(parseSvg(svg), 'title')!.text).toBe('Progress of Tags <b> & "quotes"');
  });

  it('shows nothing from private entries, and drafts only when asked', async () => {
    const build = Object.values(await renderAll('build')).join('');
    for (const hidden of ['Private', 'private', 'secret', 'someday', 'A draft goal']) expect(build).not.toContain(hidden);
    const serve = Object.values(await renderAll('serve', true)).map((svg) => deepText(parseSvg(svg))).join(' ');
    expect(serve).toContain('A draft goal');
    expect(serve).not.toContain('A private goal');
  });

  it('has fallback colours with at least 3:1 contrast on light and dark pages', () => {
    // White and the site's light page; the site's dark page and dark card surface.
    for (const background of ['#ffffff', '#fbfaf7', '#0d1117', '#161b22']) {
      for (const [name, hex] of Object.entries(FALLBACK_COLORS)) {
        expect(contrast(hex, background), `${name} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('writes text in the page’s own colour, so it follows the theme', async () => {
    for (const svg of Object.values(await renderAll('theme'))) {
      const fills = [...svg.matchAll(/<text [^>]*fill="([^"]+)"/g)].map((match) => match[1]);
      expect(new Set(fills)).toEqual(new Set(['currentColor']));
    }
  });
});
