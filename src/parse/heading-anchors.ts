/**
 * Heading anchors, GitHub's way: each heading of a file gets the slug
 * github-slugger gives its text, counted over the whole file in order
 * (`## Notes` twice → `notes`, `notes-1`). On the site the element's id
 * carries the sanitiser's clobber prefix (`user-content-notes`), so a
 * journal's ids can never take the name of one of the page's own; links
 * to `#notes` are rewritten to match (see rewrite-links.ts).
 *
 * `link/broken` reads `pageAnchors` to know which anchors a page has, and
 * the site gives exactly those headings their ids: one source for both.
 */
import { contentAt, treeOf } from '../model/trees.js';
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import { headingMatches, MILESTONE_HEADINGS } from '../model/default-template.js';
import type { Entry, Goal, LinkRef, Outline, Place } from '../model/types.js';
import { splitSections } from './sections.js';

/** What the sanitiser puts before every id that comes from the journal. */
export const ANCHOR_PREFIX = 'user-content-';

/** The key of a heading in `headingSlugs`: where it starts. */
export function placeKey(place: Place): string {
  return `${place.line}:${place.column}`;
}

const slugsOfTree = new WeakMap<Root, ReadonlyMap<string, string>>();

/** The slug of every heading of a file (at any depth: in lists and quotes too), by `placeKey`. */
export function headingSlugs(tree: Root): ReadonlyMap<string, string> {
  let slugs = slugsOfTree.get(tree);
  if (slugs) return slugs;
  const slugger = new GithubSlugger();
  const found = new Map<string, string>();
  const stack: RootContent[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'heading') {
      const start = node.position?.start;
      const slug = slugger.slug(headingText(node));
      if (start) found.set(placeKey(start), slug);
      continue;
    }
    if ('children' in node) stack.push(...([...node.children] as RootContent[]).reverse());
  }
  slugs = found;
  slugsOfTree.set(tree, slugs);
  return slugs;
}

/** The text a reader sees in a heading: no raw HTML (the sanitiser drops it), no image text. */
function headingText(node: RootContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return '';
  if ('children' in node) return (node.children as RootContent[]).map(headingText).join('');
  return '';
}

/** Slugs of headings inside some nodes (their places looked up in the file's slugs). */
function slugsWithin(nodes: readonly RootContent[], slugs: ReadonlyMap<string, string>, into: Set<string>): void {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'heading') {
      const start = node.position?.start;
      const slug = start ? slugs.get(placeKey(start)) : undefined;
      if (slug !== undefined) into.add(slug);
      continue;
    }
    if ('children' in node) stack.push(...(node.children as RootContent[]));
  }
}

/** The slug of the heading that starts at `place`, if any. */
export function slugAt(tree: Root, place: Place): string | undefined {
  return headingSlugs(tree).get(placeKey(place));
}

/**
 * The anchor of a goal page's milestones heading: the first `## Milestones`
 * (a goal may have several; their items are shown together).
 */
export function milestonesSlug(goal: Goal): string | undefined {
  const tree = treeOf(goal);
  const first = splitSections(tree).find((section) => headingMatches(section.heading, MILESTONE_HEADINGS));
  return first ? slugAt(tree, first.place) : undefined;
}

/**
 * The heading anchors (slugs, without the prefix) an entry's page has. A
 * week or a page shows its whole file. A goal page shows its sections
 * under their headings and the Markdown inside them, but its resources
 * and milestones as lists of its own: headings inside those have no anchor.
 */
export function pageAnchors(entry: Entry): ReadonlySet<string> {
  const slugs = headingSlugs(treeOf(entry));
  if (entry.kind !== 'goal') return new Set(slugs.values());
  const anchors = new Set<string>();
  for (const section of [...entry.sections, ...entry.extraSections]) {
    const slug = slugs.get(placeKey(section.place));
    if (slug !== undefined) anchors.add(slug);
    if (section.id !== 'resources') slugsWithin(contentAt(entry, section.place), slugs, anchors);
  }
  const milestones = milestonesSlug(entry);
  if (milestones !== undefined) anchors.add(milestones);
  return anchors;
}

/** Every link, image and definition of a tree, in document order (references are checked at their definition). */
export function linkRefs(tree: Root): LinkRef[] {
  const found: LinkRef[] = [];
  const stack: RootContent[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const start = node.position?.start;
      found.push({ url: node.url, place: start ? { line: start.line, column: start.column } : { line: 1, column: 1 }, image: node.type === 'image' });
    }
    if ('children' in node) stack.push(...([...node.children] as RootContent[]).reverse());
  }
  return found;
}

/** An entry's outline: kept with it (and in the parse cache), or read from its tree. */
export function outlineOf(entry: Entry): Outline {
  return entry.outline ?? { links: linkRefs(treeOf(entry)), anchors: [...pageAnchors(entry)] };
}
