/**
 * A rehype transform: each Markdown table goes into a box that scrolls
 * sideways on its own, so a wide table never makes a phone's whole page
 * scroll. The box is a named, focusable section (a region landmark), so a keyboard can scroll it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Wrap every `table` in `section.table-scroll` (a named region and a tab stop, named after its header row). */
export function wrapTables(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'table' || parent === undefined || index === undefined) return;
    const wrapper: Element = {
      type: 'element',
      tagName: 'section',
      properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: tableName(node) },
      children: [node],
    };
    parent.children[index] = wrapper;
    return SKIP;
  });
}

/** "Table: A, B, C" from the header cells, or just "Table". */
function tableName(table: Element): string {
  const head: string[] = [];
  visit(table, 'element', (cell: Element) => {
    if (cell.tagName === 'th') head.push(textOf(cell).replace(/\s+/g, ' ').trim());
  });
  const named = head.filter((text) => text !== '');
  return named.length > 0 ? `Table: ${named.join(', ')}` : 'Table';
}

/** The text inside an element. */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
