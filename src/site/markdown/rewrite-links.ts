/**
 * Links and images between journal files become links
 * to the pages and assets they turn into, under the given base (`/` for
 * pages, whose prefix the HTML base plugin adds; the absolute site URL for
 * the feed). Links to unpublished files lose their target.
 */
import type { Element } from 'hast';
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
    node.properties[attribute] = joinBase(base, target.path) + target.suffix;
  } else if (target.kind === 'hidden') {
    delete node.properties[attribute];
    if (node.tagName === 'a') node.tagName = 'span';
  }
}

/** `/journal/` + `/goals/go/` → `/journal/goals/go/`, with each segment URL-encoded. */
export function joinBase(base: string, path: string): string {
  return base.replace(/\/$/, '') + encodeURI(path);
}
