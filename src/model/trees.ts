/**
 * The Markdown trees of the journal's entries. An entry is plain data: its
 * tree is not one of its properties but is reached through `treeOf`, the
 * one accessor, so an entry can be frozen, compared and serialised without
 * touching (or decoding) any tree. A parse gives an entry its tree; an
 * entry read back from the workspace gets a way to decode it, used on the
 * first `treeOf`. The parts of a tree that the model names (a goal's
 * sections and resources, a week's reasons and reflection) are found in it
 * by their places.
 */
import type { Root, RootContent } from 'mdast';
import { placeOf } from '../parse/sections.js';
import type { Entry, Place } from './types.js';

const trees = new WeakMap<Entry, Root | (() => Root)>();

/** Give an entry its tree, or a way to make it (called once, on the first `treeOf`). */
export function attachTree(entry: Entry, tree: Root | (() => Root)): void {
  trees.set(entry, tree);
}

/** An entry's Markdown body as mdast (positions are those of the whole file). */
export function treeOf(entry: Entry): Root {
  const found = trees.get(entry);
  if (found === undefined) throw new Error(`${entry.path} has no Markdown tree: an entry is never copied, only read`);
  if (typeof found !== 'function') return found;
  const tree = found();
  trees.set(entry, tree);
  return tree;
}

/** Whether the entry's tree is still to be decoded (it came from a record and no one asked for it yet). */
export function treePending(entry: Entry): boolean {
  return typeof trees.get(entry) === 'function';
}

const sectionsByTree = new WeakMap<Root, Map<string, RootContent[]>>();

/**
 * The Markdown under the `#` or `##` heading at `place` (up to the next
 * one); empty when there is none. The same array each time.
 */
export function contentAt(entry: Entry, place: Place | undefined): RootContent[] {
  if (place === undefined) return [];
  const tree = treeOf(entry);
  let sections = sectionsByTree.get(tree);
  if (!sections) {
    // As splitSections (parse/sections.ts) splits a body, keeping only the places and the content.
    sections = new Map();
    let current: RootContent[] | undefined;
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth <= 2) sections.set(placeKey(placeOf(node)), (current = []));
      else if (current && node.type !== 'yaml') current.push(node);
    }
    sectionsByTree.set(tree, sections);
  }
  return sections.get(placeKey(place)) ?? [];
}

/** The list item at `place` among `content`'s lists (a goal's resource). */
export function itemAt(content: readonly RootContent[], place: Place): RootContent | undefined {
  const key = placeKey(place);
  for (const node of content) {
    if (node.type !== 'list') continue;
    const item = node.children.find((child) => placeKey(placeOf(child)) === key);
    if (item) return item;
  }
  return undefined;
}

function placeKey(place: Place): string {
  return `${place.line}:${place.column}`;
}
