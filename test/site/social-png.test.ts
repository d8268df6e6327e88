/**
 * How link-preview images are encoded and what drawing them keeps in
 * memory: the PNG writer is lossless (its file decodes to exactly the
 * pixels resvg drew, as a palette image or as RGBA), leaves images with
 * transparency to resvg, and a thread that draws many cards does not keep
 * their pixels (resvg's synchronous render did: 3 MB an image).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { inflateSync } from 'node:zlib';
import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { drawCard } from '../../src/site/social/draw-card.js';
import { encodePng } from '../../src/site/social/encode-png.js';
import type { SocialCard } from '../../src/site/social/social-card.js';

/** Decode a PNG (8-bit palette, RGB or RGBA, any row filter) to RGBA pixels: an independent reader. */
function decodePng(png: Buffer): { width: number; height: number; colourType: number; pixels: Buffer } {
  let offset = 8;
  let header: Buffer | undefined;
  let palette: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'PLTE') palette = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const width = header!.readUInt32BE(0);
  const height = header!.readUInt32BE(4);
  const colourType = header![9]!;
  expect(header![8]).toBe(8);
  const channels = { 2: 3, 3: 1, 6: 4 }[colourType]!;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(data));
  const rows = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? rows[y * stride + x - channels]! : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predicted = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter]!;
      rows[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const pixels = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    if (colourType === 3) palette!.copy(pixels, i * 4, rows[i]! * 3, rows[i]! * 3 + 3);
    else rows.copy(pixels, i * 4, i * channels, i * channels + 3);
    pixels[i * 4 + 3] = colourType === 6 ? rows[i * 4 + 3]! : 255;
  }
  return { width, height, colourType, pixels };
}

const render = async (svg: string) => (await renderAsync(svg, { font: { loadSystemFonts: false } })).pixels;

describe('link-preview PNG encoding', () => {
  it('writes a card of few colours as a palette image with exactly the drawn pixels', async () => {
    // Anti-aliased text-like shapes on a flat background: a few dozen colours.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><rect width="300" height="120" fill="#fbfaf7"/><circle cx="60" cy="60" r="41.3" fill="#1f6f5c"/><path d="M120 20 L290 100 L130 110 Z" fill="#1a7f37" stroke="#57606a" stroke-width="3.3"/></svg>';
    const pixels = await render(svg);
    const png = encodePng(pixels, 300, 120)!;
    const decoded = decodePng(png);
    expect(decoded.colourType).toBe(3);
    expect(decoded.pixels.equals(pixels)).toBe(true);
  });

  it('writes RGBA when there are more than 256 colours, still exactly the drawn pixels', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="40"><defs><linearGradient id="g"><stop offset="0" stop-color="#000"/><stop offset="1" stop-color="#4af"/></linearGradient></defs><rect width="600" height="40" fill="url(#g)"/><rect y="20" width="600" height="20" fill="#f40"/></svg>';
    const pixels = await render(svg);
    const decoded = decodePng(encodePng(pixels, 600, 40)!);
    expect(decoded.colourType).toBe(6);
    expect(decoded.pixels.equals(pixels)).toBe(true);
  });

  it('leaves an image with transparent pixels to resvg (its pixels are premultiplied)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50"><circle cx="25" cy="25" r="20" fill="#1f6f5c"/></svg>';
    expect(encodePng(await render(svg), 50, 50)).toBeUndefined();
    expect(() => encodePng(Buffer.alloc(10), 50, 50)).toThrow();
  });

  it('draws cards as the same bytes every time', async () => {
    const card: SocialCard = { kind: 'week', site: 'A journal', title: 'Week 46, 2026', dates: '9–15 November 2026', intentions: [{ text: 'Read the chapter on generics', done: true }, { text: 'Go to the meetup', done: false }], more: 2, checked: 1, total: 4 };
    const first = await drawCard(card);
    expect(decodePng(first)).toMatchObject({ width: 1200, height: 630 });
    expect((await drawCard(card)).equals(first)).toBe(true);
  });

  it('keeps no pixels of the cards a thread has drawn', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const card = (index: number): SocialCard => ({ kind: 'goal', site: 'A journal', title: `Goal ${index}`, status: 'active', done: index % 4, total: 4, progress: '' });
    // Warm up first (fonts, the heap's own growth), then measure 100 more cards: resvg's synchronous
    // render kept 3 MB an image (300 MB here), far above what the heap's noise adds (up to ~55 MB seen).
    for (let index = 0; index < 20; index++) await drawCard(card(index));
    gc();
    const before = process.memoryUsage().rss;
    for (let index = 0; index < 100; index++) await drawCard(card(index));
    gc();
    expect(process.memoryUsage().rss - before).toBeLessThan(120 * 1024 * 1024);
  });
});
