/**
 * What every chart shares: escaping, the accessible `<svg>` frame (role,
 * title, desc, ids from the caller's prefix), themeable colours and number
 * formatting. Charts are plain strings built at build time; nothing here
 * needs a DOM or runs in the page.
 */
import { escapeMarkup } from '../../util/escape-markup.js';

/** Options every chart takes. */
export interface ChartOptions {
  /** Makes the chart's element ids unique on its page (e.g. `goal-go-progress`). */
  idPrefix: string;
}


/** Escape text for XML/HTML text and attribute values. */
export const escapeXml = escapeMarkup;

/** A prefix reduced to characters that are safe in an id. */
export function safeId(prefix: string): string {
  return prefix.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^(?=[^A-Za-z])/, 'c') || 'chart';
}

/**
 * Fallback colours, each with at least 3:1 contrast against white and
 * against a near-black page (#0d1117), so the charts read in both themes
 * even when the site sets no custom properties.
 */
export const FALLBACK_COLORS = {
  done: '#1a7f37',
  missed: '#cf222e',
  grid: '#768390',
  low: '#bc4c00',
  mid: '#9a6700',
  high: '#1a7f37',
  series1: '#0969da',
  series2: '#bc4c00',
  series3: '#8250df',
  series4: '#1b7c83',
  series5: '#bf3989',
  series6: '#9a6700',
} as const;

export type ChartColor = keyof typeof FALLBACK_COLORS;

/** A colour as a CSS custom property (`--chart-<name>`) with its fallback. */
export function color(name: ChartColor): string {
  const property = name.replace(/([a-z])(\d)/, '$1-$2');
  return `var(--chart-${property}, ${FALLBACK_COLORS[name]})`;
}

/** A number rounded to two decimals for coordinates. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A rate as a whole percentage (`0.6667` → `67%`). */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

export interface FrameInput extends ChartOptions {
  /** A class naming the kind of chart, e.g. `chart-weekly-bars`. */
  kind: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string;
}

/** The `<svg>` root: `role="img"`, labelled by its `<title>` and described by its `<desc>`. */
export function svgFrame({ idPrefix, kind, width, height, title, desc, body }: FrameInput): string {
  const id = safeId(idPrefix);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart ${kind}" role="img" ` +
    `viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" ` +
    `aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>` +
    body +
    `</svg>`
  );
}

/**
 * The size of chart text in SVG units. Charts are drawn no wider than a
 * phone's column (or scroll instead of shrinking), so one unit is at least
 * one CSS pixel and this is at least 12 px on screen.
 */
export const CHART_FONT_SIZE = 12;

/** A text element in the page's text colour (so it follows the theme), `CHART_FONT_SIZE` units high unless `attributes` set a font-size. */
export function text(x: number, y: number, content: string, attributes = ''): string {
  const size = /(^|\s)font-size=/.test(attributes) ? '' : ` font-size="${CHART_FONT_SIZE}"`;
  return `<text x="${num(x)}" y="${num(y)}" fill="currentColor"${size}${attributes ? ' ' + attributes : ''}>${escapeXml(content)}</text>`;
}

/** A table of the same figures a chart shows, for the site to render as HTML. */
export interface ChartTable {
  caption: string;
  head: string[];
  rows: string[][];
}

/** One entry of a legend written in HTML under a chart: a small drawing and its words. */
export interface LegendEntry {
  /** SVG shapes in a 14 × 14 box. */
  shapes: string;
  label: string;
}

/**
 * A legend as an HTML list, for the page to put under its chart: HTML text
 * wraps on a phone and keeps the page's type size, where SVG text would
 * shrink with the drawing or run off its edge.
 */
export function renderLegend(entries: readonly LegendEntry[]): string {
  const items = entries
    .map(
      (entry) =>
        `<li><svg class="legend-swatch" aria-hidden="true" focusable="false" viewBox="0 0 14 14" width="14" height="14">${entry.shapes}</svg> ${escapeXml(entry.label)}</li>`,
    )
    .join('');
  return `<ul class="chart-legend">${items}</ul>`;
}
