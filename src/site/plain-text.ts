/**
 * Markdown as one line of plain text, for descriptions and excerpts: words
 * of separate blocks and table cells keep a space between them, front
 * matter, raw HTML and hidden goals' `#tags` are left out.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { scrubHiddenHashtags } from './markdown/goal-hashtags.js';
import { remember, type RenderMemo, type SourceHashes } from './markdown/render-markdown.js';
import type { Entry } from '../model/types.js';
import type { SiteLinks } from './markdown/site-links.js';
import { treeOf } from '../model/trees.js';

/** Nodes whose children are blocks (or cells): their texts are joined with a space. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);
const SKIPPED = new Set(['yaml', 'html', 'definition', 'footnoteReference']);

/** The plain text of some Markdown, hidden goals' tags removed. */
export function plainText(nodes: Root | readonly RootContent[], links: SiteLinks): string {
  let text = texts.get(nodes);
  if (text === undefined) {
    text = textOf('type' in nodes ? nodes : { type: 'root', children: [...nodes] });
    texts.set(nodes, text);
  }
  return scrubHiddenHashtags(text, links);
}

/**
 * The plain text of a whole file, hidden goals' tags removed. With a memo
 * and the file's text hash, the text is found by the hash and the tree is
 * never read (a cached tree is only decoded when first read).
 */
export function plainTextOfFile(file: Entry, links: SiteLinks, { memo, sources }: { memo?: RenderMemo; sources?: SourceHashes } = {}): string {
  const source = sources?.get(file.path);
  if (!memo || source === undefined) return plainText(treeOf(file), links);
  return scrubHiddenHashtags(remember(memo, `text ${source}`, () => textOf(treeOf(file))), links);
}

/**
 * The text of trees already walked, by the tree (parsed Markdown is never
 * changed once parsed): `serve` plans the site again on every save, from
 * the same trees for every file not saved.
 */
const texts = new WeakMap<object, string>();

function textOf(node: Nodes): string {
  if (SKIPPED.has(node.type)) return '';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(textOf);
  return BLOCK_PARENTS.has(node.type) || node.type === 'tableCell' ? parts.join(' ') : parts.join('');
}
