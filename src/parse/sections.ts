/**
 * Split a Markdown body into sections at its `#` and `##` headings; deeper
 * headings (`###`) stay inside their section.
 */
import type { Heading, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Place } from '../model/types.js';
import { trimEndChars } from '../util/trim-chars.js';

export interface Section {
  heading: string;
  depth: number;
  place: Place;
  /** Where the heading's text ends (for messages about an empty section). */
  node: Heading;
  content: RootContent[];
}

/** The sections of a body, in order (text before the first heading is left out). */
export function splitSections(tree: Root): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      current = { heading: toString(node), depth: node.depth, place: placeOf(node), node, content: [] };
      sections.push(current);
    } else if (current && node.type !== 'yaml') {
      current.content.push(node);
    }
  }
  return sections;
}

/** The start of a node as a place (1:1 when it has no position). */
export function placeOf(node: { position?: { start: { line: number; column: number } } | undefined }): Place {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}

/** The task items (checked or not) of the lists directly inside some content. */
export function taskItems(content: readonly RootContent[]): ListItem[] {
  const items: ListItem[] = [];
  for (const node of content) {
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      if (typeof item.checked === 'boolean') items.push(item);
    }
  }
  return items;
}

/** The text of a list item without its nested lists. */
export function ownText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== 'list')
    .map((child) => toString(child))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The items of the lists nested inside a list item. */
export function nestedItems(item: ListItem): ListItem[] {
  return item.children.flatMap((child) => (child.type === 'list' ? child.children : []));
}

/** Placeholder text that does not count as content. */
const PLACEHOLDERS = new Set(['todo', 'tbd', 'tba', 'tbc', 'fixme', 'xxx', '...', '…', 'n/a', 'na', '-', '?', 'placeholder', 'coming soon', 'write this']);

/** Whether some content says something real (not empty, not a placeholder). */
export function hasRealContent(content: readonly RootContent[]): boolean {
  const words = content
    .filter((node) => node.type !== 'html' && node.type !== 'thematicBreak')
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (words === '') {
    // An image or a code block still counts as content.
    return content.some((node) => node.type === 'code' || node.type === 'table');
  }
  const stripped = trimEndChars(words, '.!:;,').trim();
  if (PLACEHOLDERS.has(words) || PLACEHOLDERS.has(stripped)) return false;
  // "TODO: fill this in" is still a placeholder.
  if (/^(todo|tbd|fixme)\b/.test(words) && words.split(' ').length <= 6) return false;
  return /[\p{L}\p{N}]/u.test(words);
}
