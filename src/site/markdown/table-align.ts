/**
 * A rehype transform: GFM's obsolete `align` attribute on table cells
 * becomes a class (`align-right`), which the stylesheet aligns.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Move `align` on `td`/`th` to a class. */
export function alignTableCells(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'td' && node.tagName !== 'th') return;
    const align = node.properties.align;
    if (typeof align !== 'string') return;
    delete node.properties.align;
    node.properties.className = [`align-${align}`];
  });
}
