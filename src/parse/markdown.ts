/**
 * The one Markdown parser: remark-parse with front matter and GFM, run once
 * per file. Positions are those of the whole file (front matter included).
 *
 * Each GFM extension slows the parse of every file, used or not, so a file
 * is parsed with only the extensions its source may need (see
 * `gfmConstructsIn`): a table needs a delimiter row, a footnote `[^`,
 * strike-through a `~`, a task item `[ ]` or `[x]`.
 *
 * GFM's autolink literals (bare `https://…`, `www.…`, `a@b.org`) cost more
 * than the rest of GFM together, so a file is parsed without them first.
 * Every bare autolink needs `www`, `http` or `@` in the text of the tree that
 * comes out (and, in the source, those or a character reference); only when
 * such text exists is the file parsed again with them. The tree is the same
 * as full GFM's either way (test/parse/markdown-gfm*.test.ts).
 */
import type { Image, Parent, Root, Text } from 'mdast';
import type { Node } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import { GFM, remarkGfmParts, type GfmParts } from './gfm-parts.js';

export { GFM, type GfmParts };

const fullGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** One frozen processor per set of GFM parts, made when first needed (at most 32). */
const processors = new Map<GfmParts, Processor<Root>>();

function processorFor(parts: GfmParts): Processor<Root> {
  let processor = processors.get(parts);
  if (!processor) {
    processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmParts, parts).freeze() as unknown as Processor<Root>;
    processors.set(parts, processor);
  }
  return processor;
}

/** What every autolink literal contains (case-insensitive): a superset, on purpose. */
const LITERAL_HINT = /www|http|@/i;
/** In the source, a character reference (`&#64;`, `&commat;`) can spell the same letters. */
const SOURCE_HINT = /www|http|@|&/i;

/**
 * A table's delimiter row: after block quote markers and indentation, only
 * `|`, `:`, `-` and spaces, with a `-` and a `|` or `:` (without either it is
 * a thematic break or a setext underline, never a table). Lines end at a
 * lone CR too, like the parser's line endings (and at U+2028 and U+2029, as
 * the multiline pattern this loop replaced did: it was quadratic on a long
 * line of `>` and tabs).
 */
function hasDelimiterRow(text: string): boolean {
  let dash = false;
  let pipeOrColon = false;
  let inRow = false; // past the block quote markers
  let possible = true;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (char === undefined || char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') {
      if (possible && dash && pipeOrColon) return true;
      dash = pipeOrColon = inRow = false;
      possible = true;
      continue;
    }
    if (!possible || char === ' ' || char === '\t') continue;
    if (char === '>' && !inRow) continue;
    inRow = true;
    if (char === '-') dash = true;
    else if (char === '|' || char === ':') pipeOrColon = true;
    else possible = false;
  }
  return false;
}
/** A task item's check: `[`, one space, tab, line ending (then container prefixes) or x, and `]`. */
const TASK_CHECK = /\[(?:[ \txX]|(?:\r\n?|\n)[ \t>]*)\]/;

/**
 * The GFM parts a file's source may use, besides autolink literals: a cheap
 * scan that may say yes wrongly (which costs only speed), never no wrongly.
 */
export function gfmConstructsIn(text: string): GfmParts {
  let parts = 0;
  if (text.includes('[^')) parts |= GFM.footnote;
  if (text.includes('~')) parts |= GFM.strikethrough;
  if ((text.includes('|') || text.includes(':')) && hasDelimiterRow(text)) parts |= GFM.table;
  if (text.includes('[') && TASK_CHECK.test(text)) parts |= GFM.taskList;
  return parts;
}

/** Parse a file's Markdown into mdast: the tree full GFM gives. */
export function parseMarkdown(file: VFile): Root {
  const text = String(file.value);
  const parts = gfmConstructsIn(text);
  const tree = processorFor(parts).parse(file);
  if (!SOURCE_HINT.test(text) || !mayHoldLiterals(tree)) return tree;
  return processorFor(parts | GFM.literal).parse(file);
}

/** Parse with every GFM part but autolink literals, never falling back (for tests of the fast path). */
export function parseMarkdownWithoutLiterals(file: VFile): Root {
  return processorFor(GFM.all & ~GFM.literal).parse(file);
}

/** Parse with exactly these GFM parts (for tests). */
export function parseMarkdownWith(file: VFile, parts: GfmParts): Root {
  return processorFor(parts).parse(file);
}

/** Parse with full GFM, always (the reference the fast path is tested against). */
export function parseMarkdownWithFullGfm(file: VFile): Root {
  return fullGfm.parse(file);
}

/** Whether any text in the tree could have been a bare autolink under full GFM (a plain walk: this runs on most files). */
function mayHoldLiterals(tree: Root): boolean {
  const stack: Node[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text' && LITERAL_HINT.test((node as Text).value)) return true;
    if (node.type === 'image' && LITERAL_HINT.test((node as Image).alt ?? '')) return true;
    const children = (node as Parent).children;
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return false;
}
