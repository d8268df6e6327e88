/**
 * Rendered pixels → PNG bytes, faster than resvg's own encoder (about 10 ms
 * a card). A card is opaque and drawn in few colours (80–140: the palette
 * and the anti-aliased edges between them), so most cards are written as an
 * exact 8-bit palette image: the same pixels, a quarter of the data, which
 * zlib's run-length strategy packs in well under a millisecond. A card with
 * more than 256 colours is written as RGBA (no row filter, a fast deflate
 * level). Both are lossless; the same pixels always give the same bytes.
 *
 * No library: the PNG encoders on npm filter and deflate in JavaScript, or
 * do not write an exact palette without quantising; this is only the
 * file's frame (signature, IHDR, PLTE, IDAT, IEND) around Node's zlib.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/**
 * Encode `pixels` (RGBA, 4 bytes a pixel, rows top to bottom) as PNG, or
 * return undefined when a pixel is not fully opaque (resvg's pixels are
 * premultiplied: the caller then uses resvg's own encoder).
 */
export function encodePng(pixels: Uint8Array, width: number, height: number): Buffer | undefined {
  if (pixels.length !== width * height * 4) throw new Error(`encodePng: ${pixels.length} bytes for ${width}×${height}`);
  const palette = paletteRows(pixels, width, height);
  if (palette === null) return undefined;
  if (palette) {
    const plte = Buffer.alloc(palette.colours.length * 3);
    palette.colours.forEach((colour, index) => {
      plte[index * 3] = colour & 0xff;
      plte[index * 3 + 1] = (colour >>> 8) & 0xff;
      plte[index * 3 + 2] = (colour >>> 16) & 0xff;
    });
    return png(width, height, 8, 3, [['PLTE', plte]], deflateSync(palette.rows, { strategy: constants.Z_RLE }));
  }
  // Too many colours: RGBA rows, each with filter type 0 (none).
  const stride = width * 4;
  const rows = Buffer.allocUnsafe(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0;
    rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return png(width, height, 8, 6, [], deflateSync(rows, { level: 3 }));
}

/**
 * Each row as a filter byte (0) and one palette index a pixel, with the
 * palette (colours as little-endian RGBA words, in order of first use);
 * undefined past 256 colours; null when a pixel is not opaque.
 */
function paletteRows(pixels: Uint8Array, width: number, height: number): { rows: Buffer; colours: number[] } | undefined | null {
  // The colours are read as 32-bit words, R in the low byte: on a big-endian machine, RGBA rows instead.
  if (!LITTLE_ENDIAN) return hasTransparency(pixels, 0) ? null : undefined;
  // Aligned for a 32-bit view? (A Buffer may sit anywhere in its pool.)
  const words = pixels.byteOffset % 4 === 0 ? new Uint32Array(pixels.buffer, pixels.byteOffset, width * height) : new Uint32Array(pixels.slice().buffer);
  const rows = Buffer.allocUnsafe(height * (width + 1));
  const index = new Map<number, number>();
  const colours: number[] = [];
  // Runs of one colour are long: look a colour up only when it changes.
  let last = -1;
  let lastIndex = 0;
  let out = 0;
  let at = 0;
  for (let y = 0; y < height; y++) {
    rows[out++] = 0;
    for (let x = 0; x < width; x++) {
      const colour = words[at++]!;
      if (colour !== last) {
        let found = index.get(colour);
        if (found === undefined) {
          if (pixels[(at - 1) * 4 + 3] !== 255) return null;
          if (colours.length === 256) return hasTransparency(pixels, at * 4) ? null : undefined;
          found = colours.length;
          index.set(colour, found);
          colours.push(colour);
        }
        last = colour;
        lastIndex = found;
      }
      rows[out++] = lastIndex;
    }
  }
  return { rows, colours };
}

/** Whether a pixel from byte `from` on is not fully opaque. */
function hasTransparency(pixels: Uint8Array, from: number): boolean {
  for (let alpha = from + 3; alpha < pixels.length; alpha += 4) if (pixels[alpha] !== 255) return true;
  return false;
}

function png(width: number, height: number, depth: number, colourType: number, extra: [string, Buffer][], data: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = depth;
  header[9] = colourType;
  // Compression 0, filter method 0, no interlace.
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), ...extra.map(([type, body]) => chunk(type, body)), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}
