/**
 * Titles → readable ASCII slugs: accents dropped ("français" → "francais"),
 * other scripts transliterated syllable by syllable ("学习" → "xue-xi").
 */
import anyAscii from 'any-ascii';
import { trimChars } from './trim-chars.js';

const MAX_LENGTH = 60;

/** A lower-case ASCII slug for a title; empty when nothing readable is left. */
export function slugify(title: string): string {
  let ascii = '';
  // "10× faster" reads as "10x", not "10-faster".
  for (const character of title.normalize('NFC').replace(/×/g, 'x')) {
    // Letters of scripts without spaces between words become syllables of their own.
    const separate = /\p{L}/u.test(character) && !/\p{Script=Latin}/u.test(character);
    ascii += separate ? ` ${anyAscii(character)} ` : anyAscii(character);
  }
  let slug = ascii
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-');
  slug = trimChars(slug, '-');
  return slug.length <= MAX_LENGTH ? slug : slug.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '');
}

/** The first of `slug`, `slug-2`, `slug-3`, … that `taken` does not hold. */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  if (!taken(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
