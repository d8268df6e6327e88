/**
 * A social card → a 1200×630 PNG, without a browser: satori lays the card
 * out as SVG (flexbox, text shaped with the font's own metrics, glyphs as
 * paths), resvg rasterises it. The font is Atkinson Hyperlegible, read from
 * its npm package (WOFF: satori reads TTF, OTF and WOFF, not WOFF2). The
 * colours are the site's light palette (layouts/style.css).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { encodePng } from './encode-png.js';
import { CARD_HEIGHT, CARD_WIDTH, type SocialCard } from './social-card.js';

const COLORS = { bg: '#fbfaf7', surface: '#ffffff', text: '#1f2328', muted: '#57606a', border: '#d8dee4', accent: '#1f6f5c', done: '#1a7f37', track: '#e6eaef' } as const;
const FONT = 'Atkinson Hyperlegible';

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | string | (Node | string)[]; [attribute: string]: unknown } };

function el(type: string, style: Record<string, unknown>, children?: Node | string | (Node | string)[]): Node {
  return { type, props: { style, children } };
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const file = (weight: number) => require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`);
    const extended = (weight: number) => require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-ext-${weight}-normal.woff`);
    fonts = [400, 700].flatMap((weight) => [
      { name: FONT, data: readFileSync(file(weight)), weight: weight as 400 | 700, style: 'normal' as const },
      { name: FONT, data: readFileSync(extended(weight)), weight: weight as 400 | 700, style: 'normal' as const },
    ]);
  }
  return fonts;
}

/** satori draws text as paths: resvg needs no fonts (loading the system's would cost more than the drawing). */
const RESVG_OPTIONS = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } } as const;

/**
 * Draw a card as PNG bytes. resvg's `renderAsync`, not `new Resvg().render()`:
 * the synchronous render keeps each image's pixels (3 MB) until its thread
 * ends (thx/resvg-js#216), the asynchronous one frees them with the image,
 * so a thread can draw any number of cards; it also rasterises on libuv's
 * thread pool while this thread lays out the next card.
 */
export async function drawCard(card: SocialCard): Promise<Buffer> {
  const svg = await satori(layout(card) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
  const image = await renderAsync(svg, RESVG_OPTIONS);
  return encodePng(image.pixels, image.width, image.height) ?? image.asPng();
}

/**
 * The card's element tree: a frame with the journal's name at the top and
 * the page's own content below. The accent line along the top is a box of
 * its own, not a border: satori draws a border as a stroke under three
 * clip paths and a mask, which cost resvg a millisecond a card.
 */
function layout(card: SocialCard): Node {
  return el('div', { display: 'flex', flexDirection: 'column', width: CARD_WIDTH, height: CARD_HEIGHT, background: COLORS.bg, color: COLORS.text, fontFamily: FONT }, [
    el('div', { display: 'flex', flexShrink: 0, height: 16, background: COLORS.accent }),
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 72px 56px' }, [
      el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: COLORS.accent, marginBottom: 28 }, clip(card.kind === 'page' && card.title === card.site ? 'Learning journal' : card.site, 60)),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1 }, body(card)),
    ]),
  ]);
}

function body(card: SocialCard): Node[] {
  switch (card.kind) {
    case 'goal':
      return [title(card.title, 72), ...goalProgress(card)];
    case 'week':
      return [el('div', { display: 'flex', fontSize: 30, color: COLORS.muted, marginBottom: 8 }, card.dates), title(card.title, 56), ...intentions(card)];
    case 'page':
      return [title(card.title, 72), el('div', { display: 'block', fontSize: 34, lineHeight: 1.35, color: COLORS.muted, lineClamp: 3 }, clip(card.description, 240))];
  }
}

function title(text: string, size: number): Node {
  return el('div', { display: 'block', fontSize: size, fontWeight: 700, lineHeight: 1.15, lineClamp: 2, marginBottom: 28 }, clip(text, 120));
}

function goalProgress(card: Extract<SocialCard, { kind: 'goal' }>): Node[] {
  if (card.total === 0) return [el('div', { display: 'flex', fontSize: 40, color: COLORS.muted, marginTop: 'auto' }, 'No milestones yet')];
  const notches = Array.from({ length: card.total - 1 }, (_, index) =>
    el('div', { position: 'absolute', left: `${((index + 1) / card.total) * 100}%`, top: 0, bottom: 0, width: 4, marginLeft: -2, background: COLORS.bg }),
  );
  return [
    el('div', { display: 'flex', flexDirection: 'column', marginTop: 'auto' }, [
      el('div', { display: 'flex', fontSize: 44, fontWeight: 700, marginBottom: 20 }, `${card.done} of ${card.total} milestones done`),
      el('div', { display: 'flex', position: 'relative', width: '100%', height: 36, borderRadius: 18, background: COLORS.track, overflow: 'hidden' }, [
        el('div', { display: 'flex', width: `${(card.done / card.total) * 100}%`, height: '100%', background: COLORS.done }),
        ...notches,
      ]),
    ]),
  ];
}

function intentions(card: Extract<SocialCard, { kind: 'week' }>): Node[] {
  if (card.total === 0) return [el('div', { display: 'flex', fontSize: 36, color: COLORS.muted }, 'No intentions written')];
  const rows = card.intentions.map((item) =>
    el('div', { display: 'flex', alignItems: 'center', fontSize: 34, marginBottom: 14 }, [
      el(
        'div',
        { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 40, height: 40, flexShrink: 0, marginRight: 20, borderRadius: 8, border: `4px solid ${item.done ? COLORS.done : COLORS.muted}`, background: item.done ? COLORS.done : COLORS.surface, color: COLORS.surface, fontSize: 30, fontWeight: 700 },
        item.done ? [CHECK] : [],
      ),
      el('div', { display: 'block', flexGrow: 1, minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', color: COLORS.text }, clip(item.text, 90)),
    ]),
  );
  const summary = `${card.checked} of ${card.total} checked${card.more > 0 ? ` · ${card.more} more not shown` : ''}`;
  return [...rows, el('div', { display: 'flex', fontSize: 28, color: COLORS.muted, marginTop: 'auto' }, summary)];
}

/** A tick, drawn (the font has none). */
const CHECK: Node = {
  type: 'svg',
  props: { width: 26, height: 26, viewBox: '0 0 24 24', children: { type: 'path', props: { d: 'M4 12.5l5 5L20 6.5', fill: 'none', stroke: COLORS.surface, strokeWidth: 3.5, strokeLinecap: 'round', strokeLinejoin: 'round' } } },
};

/** At most `max` characters (a very long title would only be cut by the layout anyway, after costing time). */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
