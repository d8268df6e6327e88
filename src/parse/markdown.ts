/**
 * The one Markdown parser: remark-parse with front matter and GFM, run once
 * per file. Positions are those of the whole file (front matter included).
 *
 * GFM's autolink literals (bare `https://…`, `www.…`, `a@b.org`) cost more
 * than the rest of GFM together, so a file is parsed without them first.
 * Every bare autolink needs `www`, `http` or `@` in the text of the tree that
 * comes out (and, in the source, those or a character reference); only when such text exists is the file parsed again with full
 * GFM. The tree is the same either way (test/parse/markdown-gfm.test.ts).
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { remarkGfmWithoutLiterals } from './gfm-without-literals.js';

const fullGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const withoutLiterals = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmWithoutLiterals).freeze();

/** What every autolink literal contains (case-insensitive): a superset, on purpose. */
const LITERAL_HINT = /www|http|@/i;
/** In the source, a character reference (`&#64;`, `&commat;`) can spell the same letters. */
const SOURCE_HINT = /www|http|@|&/i;

/** Parse a file's Markdown into mdast. */
export function parseMarkdown(file: VFile): Root {
  if (!SOURCE_HINT.test(String(file.value))) return withoutLiterals.parse(file);
  const tree = withoutLiterals.parse(file);
  return mayHoldLiterals(tree) ? fullGfm.parse(file) : tree;
}

/** Parse without autolink literals, never falling back (for tests of the fast path). */
export function parseMarkdownWithoutLiterals(file: VFile): Root {
  return withoutLiterals.parse(file);
}

/** Parse with full GFM, always (the reference the fast path is tested against). */
export function parseMarkdownWithFullGfm(file: VFile): Root {
  return fullGfm.parse(file);
}

/** Whether any text in the tree could have been a bare autolink under full GFM. */
function mayHoldLiterals(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if ((node.type === 'text' && LITERAL_HINT.test(node.value)) || (node.type === 'image' && LITERAL_HINT.test(node.alt ?? ''))) {
      found = true;
      return false;
    }
    return undefined;
  });
  return found;
}
