/**
 * Markdown as one line of plain text, for descriptions and excerpts: words
 * of separate blocks and table cells keep a space between them, front
 * matter, raw HTML and hidden goals' `#tags` are left out.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { scrubHiddenHashtags } from './markdown/goal-hashtags.js';
import type { SiteLinks } from './markdown/site-links.js';

/** Nodes whose children are blocks (or cells): their texts are joined with a space. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);
const SKIPPED = new Set(['yaml', 'html', 'definition', 'footnoteReference']);

/** The plain text of some Markdown, hidden goals' tags removed. */
export function plainText(nodes: Root | readonly RootContent[], links: SiteLinks): string {
  const root: Root = 'type' in nodes ? nodes : { type: 'root', children: [...nodes] };
  return scrubHiddenHashtags(textOf(root), links);
}

function textOf(node: Nodes): string {
  if (SKIPPED.has(node.type)) return '';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(textOf);
  return BLOCK_PARENTS.has(node.type) || node.type === 'tableCell' ? parts.join(' ') : parts.join('');
}
