/**
 * The site's stylesheet may set the charts' colours per theme (`--chart-*`).
 * Whatever it sets, or leaves to the fallbacks, must keep 3:1 contrast with
 * the page and card backgrounds of the same theme.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_COLORS } from '../../../src/progress/index.js';

const css = readFileSync(join(import.meta.dirname, '..', '..', '..', 'layouts', 'style.css'), 'utf8');

/** Custom properties of the first `:root { … }` block in some CSS. */
function rootProperties(text: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(full.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const light = rootProperties(css);
const darkBlock = /@media\s*(?:screen\s+and\s*)?\(prefers-color-scheme:\s*dark\)\s*\{([\s\S]*?\})\s*\}/.exec(css)?.[1] ?? '';
const dark = new Map([...light, ...rootProperties(darkBlock)]);

describe('chart colours on the site', () => {
  it('finds a light and a dark theme in the stylesheet', () => {
    expect(light.get('--bg')).toMatch(/^#/);
    expect(dark.get('--bg')).toMatch(/^#/);
    expect(dark.get('--bg')).not.toBe(light.get('--bg'));
  });

  for (const [theme, properties] of [['light', light], ['dark', dark]] as const) {
    it(`keep 3:1 contrast in the ${theme} theme`, () => {
      const backgrounds = ['--bg', '--surface'].map((name) => properties.get(name)!);
      expect(backgrounds.every((value) => /^#[0-9a-f]{3,6}$/i.test(value))).toBe(true);
      for (const [name, fallback] of Object.entries(FALLBACK_COLORS)) {
        const property = `--chart-${name.replace(/([a-z])(\d)/, '$1-$2')}`;
        const value = properties.get(property) ?? fallback;
        for (const background of backgrounds) expect(contrast(value, background), `${property} ${value} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
