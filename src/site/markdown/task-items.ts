/**
 * GFM task items: the disabled checkbox (which has
 * no accessible name) becomes a visible mark plus words a screen reader
 * reads, "Done" or "Not done".
 */
import type { Element, ElementContent } from 'hast';

/** Replace a task-list item's checkbox with text and a mark (other `li` elements stay as they are). */
export function markTaskItem(item: Element): void {
  const classes = item.properties.className;
  if (!Array.isArray(classes) || !classes.includes('task-list-item')) return;
  const holder = item.children.find(isCheckbox) ? item : item.children.find((child) => child.type === 'element' && child.tagName === 'p' && child.children.some(isCheckbox));
  if (!holder || holder.type !== 'element') return;
  const index = holder.children.findIndex(isCheckbox);
  const done = Boolean((holder.children[index] as Element).properties.checked);
  holder.children.splice(index, 1, ...taskMark(done));
  // GFM leaves a space after the box; the mark provides its own.
  const next = holder.children[index + 2];
  if (next?.type === 'text') next.value = next.value.replace(/^ /, '');
  item.properties.className = ['task-list-item', done ? 'task-done' : 'task-open'];
}

/** The mark and the hidden words for one task. */
export function taskMark(done: boolean): ElementContent[] {
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['task-mark'], ariaHidden: 'true' },
      children: [{ type: 'text', value: done ? '✓' : '○' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['visually-hidden'] },
      children: [{ type: 'text', value: done ? 'Done: ' : 'Not done: ' }],
    },
  ];
}

function isCheckbox(node: ElementContent): boolean {
  return node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';
}
