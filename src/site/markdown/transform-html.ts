/**
 * Our changes to a freshly rendered, sanitised hast, in one walk over the
 * tree: task marks, table alignment and scroll boxes, links between journal
 * files, goal hashtags, headings demoted below the page's own, a link
 * to each heading's id, and code blocks coloured (see highlight-code.ts). (One walk
 * per change cost more than the rendering itself on a large journal.)
 */
import { treeOf } from '../../model/trees.js';
import type { Element, Root } from 'hast';
import { addAnchorLink } from './anchor-links.js';
import { highlightBlock } from './highlight-code.js';
import { demoteHeadings, isHeading } from './demote-headings.js';
import { ANCHOR_PREFIX, headingSlugs, placeKey } from '../../parse/heading-anchors.js';
import { NO_HASHTAG_LINKS, splitHashtags } from './goal-hashtags.js';
import { rewriteLink, type RewriteOptions } from './rewrite-links.js';
import { alignTableCell } from './table-align.js';
import { markTaskItem } from './task-items.js';
import { wrapTable } from './wrap-tables.js';

export interface TransformOptions extends RewriteOptions {
  /** The shallowest heading level allowed (2 below a page's `h1`). */
  top: number;
  /** A `#` link to each heading's id (see anchor-links.ts). */
  anchors?: boolean;
}

/** Apply every change to a tree that is ours to change. */
export function transformHtml(tree: Root, options: TransformOptions): void {
  const headings: Element[] = [];
  const blocks: Element[] = [];
  walk(tree, false, options, headings, blocks);
  for (const pre of blocks) highlightBlock(pre);
  demoteHeadings(headings, options.top);
  anchorHeadings(headings, options);
  if (options.anchors !== false) for (const heading of headings) addAnchorLink(heading);
}

/** Each heading gets its anchor (see heading-anchors.ts), found by where it starts in its file. */
function anchorHeadings(headings: readonly Element[], { from, links }: TransformOptions): void {
  if (headings.length === 0) return;
  const entry = links.entries?.get(from);
  const tree = entry && treeOf(entry);
  if (!tree) return;
  const slugs = headingSlugs(tree);
  for (const heading of headings) {
    const start = heading.position?.start;
    const slug = start ? slugs.get(placeKey(start)) : undefined;
    if (slug !== undefined && heading.properties.id === undefined) heading.properties.id = ANCHOR_PREFIX + slug;
  }
}

function walk(parent: Root | Element, noHashtags: boolean, options: TransformOptions, headings: Element[], blocks: Element[]): void {
  const { children } = parent;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'text') {
      if (noHashtags) continue;
      const parts = splitHashtags(node.value, options.links, options.base);
      if (!parts) continue;
      children.splice(index, 1, ...parts);
      // The new links are finished: go on after them.
      index += parts.length - 1;
      continue;
    }
    if (node.type !== 'element') continue;
    switch (node.tagName) {
      case 'li':
        markTaskItem(node);
        break;
      case 'td':
      case 'th':
        alignTableCell(node);
        break;
      case 'table':
        // The box goes in the table's place; the walk goes on inside the table.
        children[index] = wrapTable(node);
        break;
      case 'a':
      case 'img':
        rewriteLink(node, options);
        break;
      case 'pre':
        blocks.push(node);
        break;
      default:
        if (isHeading(node)) headings.push(node);
    }
    // A link to a hidden file became a `span` above, whose text may hold goal references.
    walk(node, noHashtags || NO_HASHTAG_LINKS.has(node.tagName), options, headings, blocks);
  }
}
