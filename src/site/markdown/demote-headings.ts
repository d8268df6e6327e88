/**
 * A rehype transform: headings inside rendered Markdown start below the
 * page's own headings, so a page keeps one `h1` and never skips a level.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;

/** Shift every heading down so the shallowest one is at least `top`. */
export function demoteHeadings(tree: Root, top: number): void {
  let shallowest = 7;
  visit(tree, 'element', (node: Element) => {
    const match = HEADING.exec(node.tagName);
    if (match) shallowest = Math.min(shallowest, Number(match[1]));
  });
  if (shallowest >= top || shallowest === 7) return;
  const shift = top - shallowest;
  visit(tree, 'element', (node: Element) => {
    const match = HEADING.exec(node.tagName);
    if (match) node.tagName = `h${Math.min(6, Number(match[1]) + shift)}`;
  });
}
