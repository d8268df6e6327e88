/**
 * Each Markdown table goes into a box that scrolls
 * sideways on its own, so a wide table never makes a phone's whole page
 * scroll. The box is a named, focusable section (a region landmark), so a keyboard can scroll it.
 */
import type { Element, ElementContent } from 'hast';

/** A `table` in its `section.table-scroll` (a named region and a tab stop, named after its header row). */
export function wrapTable(table: Element): Element {
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: tableName(table) },
    children: [table],
  };
}

/** "Table: A, B, C" from the header cells, or just "Table". */
function tableName(table: Element): string {
  const head: string[] = [];
  collectHeaderCells(table, head);
  const named = head.filter((text) => text !== '');
  return named.length > 0 ? `Table: ${named.join(', ')}` : 'Table';
}

function collectHeaderCells(node: Element, head: string[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'th') head.push(textOf(child).replace(/\s+/g, ' ').trim());
    collectHeaderCells(child, head);
  }
}

/** The text inside an element. */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
