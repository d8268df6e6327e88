/**
 * The one Markdown parser: remark-parse with front matter and GFM, run once
 * per file. Positions are those of the whole file (front matter included).
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parse a file's Markdown into mdast. */
export function parseMarkdown(file: VFile): Root {
  return processor.parse(file);
}
