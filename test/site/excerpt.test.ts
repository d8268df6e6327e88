/** Excerpts: the first words of a text, flattened, cut at a word; a long text is only read as far as needed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/site/format.js';

/** The plain definition: flatten everything, then cut. */
function reference(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

describe('excerpt', () => {
  it('keeps a short text whole and cuts a long one at a word', () => {
    expect(excerpt('  Short\n\ntext. ')).toBe('Short text.');
    expect(excerpt('word '.repeat(100), 20)).toBe('word word word…');
  });

  it('gives what flattening the whole text would, for long texts with runs of spaces anywhere', () => {
    const piece = fc.oneof(fc.constantFrom(' ', '\n', '\t', '   ', ' \n\n ', 'a', 'word', 'longerword', 'é', '😀'), fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), fc.integer({ min: 1, max: 200 }), fc.nat({ max: 2000 }), (pieces, max, spaces) => {
        const text = ' '.repeat(spaces) + pieces.join('');
        expect(excerpt(text, max)).toBe(reference(text, max));
      }),
      { numRuns: 500 },
    );
  });
});
