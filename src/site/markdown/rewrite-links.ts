/**
 * Links and images between journal files become links
 * to the pages and assets they turn into, under the given base (`/` for
 * pages, whose prefix the HTML base plugin adds; the absolute site URL for
 * the feed). Links to unpublished files lose their target.
 */
import type { Element } from 'hast';
import { ANCHOR_PREFIX } from '../../parse/heading-anchors.js';
import { resolveLink, type SiteLinks } from './site-links.js';

export interface RewriteOptions {
  /** Content path of the file the Markdown comes from. */
  from: string;
  links: SiteLinks;
  /** Prepended to site paths: `/` or `https://you.github.io/journal/`. */
  base: string;
}

/** Rewrite an `a[href]` or `img[src]` (the element is ours: part of a fresh hast). */
export function rewriteLink(node: Element, { from, links, base }: RewriteOptions): void {
  const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
  if (!attribute) return;
  const value = node.properties[attribute];
  if (typeof value !== 'string') return;
  const target = resolveLink(value, from, links);
  if (target.kind === 'site') {
    node.properties[attribute] = joinBase(base, target.path) + (target.page ? anchorSuffix(target.suffix) : target.suffix);
  } else if (target.kind === 'fragment' && attribute === 'href') {
    node.properties[attribute] = anchorSuffix(value);
  } else if (target.kind === 'hidden') {
    delete node.properties[attribute];
    if (node.tagName === 'a') node.tagName = 'span';
  }
}

/**
 * A link to a heading of a page (`#notes`, `?q#notes`) points at the
 * heading's id, which carries the sanitiser's prefix (`#user-content-notes`).
 * `#top` stays: browsers scroll to the top of the page for it.
 */
export function anchorSuffix(suffix: string): string {
  const hash = suffix.indexOf('#');
  if (hash === -1) return suffix;
  const fragment = suffix.slice(hash + 1);
  if (fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(ANCHOR_PREFIX)) return suffix;
  return `${suffix.slice(0, hash)}#${ANCHOR_PREFIX}${fragment}`;
}

/** `/journal/` + `/goals/go/` → `/journal/goals/go/`, with each segment URL-encoded. */
export function joinBase(base: string, path: string): string {
  return base.replace(/\/$/, '') + encodeURI(path);
}
