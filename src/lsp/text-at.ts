/** Reading a document's text around a position: front matter, the section a line is in, the `#slug` at a place. */
import { headingMatches } from '../model/default-template.js';

/** The lines of a text (any line ending). */
export function linesOf(text: string): string[] {
  return text.split(/\r?\n|\r/);
}

const isFence = (line: string) => line.trimEnd() === '---';

/** The line that closes the front matter (its end, while it is being typed and not closed); undefined without front matter. */
export function frontMatterEnd(lines: readonly string[]): number | undefined {
  if (!isFence(lines[0] ?? '')) return undefined;
  for (let index = 1; index < lines.length; index++) if (isFence(lines[index]!) || lines[index]!.trimEnd() === '...') return index;
  return lines.length;
}

/** The text of the ATX heading above a line (the section it is in), if any. */
export function headingAbove(lines: readonly string[], line: number, after = 0): string | undefined {
  for (let index = line; index >= after; index--) {
    const text = lines[index]!.trimStart();
    if (!text.startsWith('#')) continue;
    let level = 0;
    while (text[level] === '#') level++;
    if (level <= 6 && (text[level] === ' ' || text[level] === '\t')) return text.slice(level).trim();
  }
  return undefined;
}

/** Whether a heading is one of these (as the checker compares them). */
export function isHeading(heading: string | undefined, accepted: readonly string[]): boolean {
  return heading !== undefined && headingMatches(heading, accepted);
}

const SLUG_CHAR = /[\p{L}\p{N}_-]/u;
/** What may stand right before a `#slug` (as in parse/goal-refs.ts). */
const BEFORE_HASH = new Set([' ', '\t', '(', '[', '{', ',', ';']);

export const isSlugChar = (char: string | undefined): boolean => char !== undefined && SLUG_CHAR.test(char);

/** The `#slug` being typed right before `character`: the column after its `#` and what is typed so far. */
export function hashBefore(line: string, character: number): { start: number; typed: string } | undefined {
  let start = character;
  while (start > 0 && isSlugChar(line[start - 1])) start--;
  if (line[start - 1] !== '#') return undefined;
  if (start - 1 > 0 && !BEFORE_HASH.has(line[start - 2]!)) return undefined;
  return { start, typed: line.slice(start, character) };
}

/** The `#slug` under `character`, with the columns of its `#` and its end. */
export function hashAt(line: string, character: number): { slug: string; start: number; end: number } | undefined {
  let start = Math.min(character, line.length);
  if (line[start] === '#') start++;
  while (start > 0 && isSlugChar(line[start - 1])) start--;
  if (line[start - 1] !== '#' || (start - 1 > 0 && !BEFORE_HASH.has(line[start - 2]!))) return undefined;
  let end = start;
  while (end < line.length && isSlugChar(line[end])) end++;
  if (end === start) return undefined;
  return { slug: line.slice(start, end), start: start - 1, end };
}
