/**
 * Where things land on the site: the map from a content path (a Markdown
 * file or an asset) to its site path, for published entries only. Links to
 * anything not in the map are dropped rather than pointing at a hidden page.
 *
 * `locateLink` and `findPublished` are the one way a link is followed: the
 * site rewrites links with them, and `link/broken` checks links with them,
 * so a link the checker accepts is a link that works on the site.
 */
import { posix } from 'node:path';
import type { Entry, SitePath } from '../../model/types.js';

export interface SiteLinks {
  /** Published Markdown files and assets, by content path (`goals/go.md`, `assets/a.svg`). */
  byPath: ReadonlyMap<string, SitePath>;
  /** Slugs of published goals, with their page. */
  goals: ReadonlyMap<string, SitePath>;
  /** Slugs of goals that exist but are not published (private or draft). */
  hiddenGoals: ReadonlySet<string>;
  /** Published entries by content path (their headings give the pages' anchors). */
  entries?: ReadonlyMap<string, Entry>;
}

/** What a relative link in a Markdown file points at. */
export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'fragment' }
  | { kind: 'site'; path: string; suffix: string; page: boolean }
  | { kind: 'hidden' };

/** A link as written, taken apart: where in the content folder it points. */
export type LocatedLink =
  | { kind: 'external' }
  /** `#x`, `?q`, or nothing: this page. `fragment` is decoded, without `#`. */
  | { kind: 'fragment'; fragment?: string }
  /** Above the content folder (`../../README.md`): never on the site. */
  | { kind: 'outside' }
  | {
      kind: 'path';
      /** The content path, normalised (`goals/go.md`, `assets/`, `.` for the folder itself). */
      path: string;
      /** Written with a trailing slash, as a folder. */
      folder: boolean;
      /** `?…#…` as written. */
      suffix: string;
      /** The decoded fragment without `#`, when there is one. */
      fragment?: string;
    };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** Content folders the site gives an index page of its own (`[all goals](../goals/)`). */
export const FOLDER_PAGES: ReadonlySet<string> = new Set(['.', 'goals', 'weeks']);

/** Take apart a link written in `from` (a content path): percent-encoding decoded, `..` and `.` resolved. */
export function locateLink(url: string, from: string): LocatedLink {
  if (SCHEME.test(url) || url.startsWith('//')) return { kind: 'external' };
  const hash = url.indexOf('#');
  const fragment = hash === -1 ? undefined : decodeSafely(url.slice(hash + 1));
  if (url === '' || url.startsWith('#')) return { kind: 'fragment', fragment };
  const cut = url.search(/[?#]/);
  const pathPart = cut === -1 ? url : url.slice(0, cut);
  const suffix = cut === -1 ? '' : url.slice(cut);
  if (pathPart === '') return { kind: 'fragment', fragment };
  const decoded = decodeSafely(pathPart);
  const joined = decoded.startsWith('/') ? decoded.slice(1) : posix.join(posix.dirname(from), decoded);
  // `./` (the folder itself, written `../` from a subfolder) is `.`, like `..` resolved away.
  const normalized = posix.normalize(joined).replace(/^\.\/$/, '.');
  if (normalized.startsWith('..')) return { kind: 'outside' };
  return { kind: 'path', path: normalized, folder: decoded.endsWith('/'), suffix, fragment };
}

/** The published file a content path names (a folder names its `index.md`), with its site path. */
export function findPublished(path: string, links: SiteLinks): { path: string; url: SitePath } | undefined {
  const known = links.byPath.get(path);
  if (known) return { path, url: known };
  const index = path.replace(/\/$/, '') + '/index.md';
  const indexUrl = links.byPath.get(index);
  return indexUrl ? { path: index, url: indexUrl } : undefined;
}

/** Resolve a link written in `from` (a content path) against the site. */
export function resolveLink(url: string, from: string, links: SiteLinks): LinkTarget {
  const located = locateLink(url, from);
  if (located.kind === 'external' || located.kind === 'fragment') return { kind: located.kind };
  if (located.kind === 'outside') return { kind: 'hidden' };
  const { path: normalized, suffix } = located;
  const known = findPublished(normalized, links);
  if (known) return { kind: 'site', path: known.url, suffix, page: known.path.endsWith('.md') };
  // A Markdown file that is not published (private, draft or missing) must not be named.
  if (normalized.endsWith('.md') || normalized.startsWith('private/')) return { kind: 'hidden' };
  const folder = located.folder || FOLDER_PAGES.has(normalized);
  const trailing = folder && !normalized.endsWith('/') ? '/' : '';
  return { kind: 'site', path: normalized === '.' ? '/' : `/${normalized}${trailing}`, suffix, page: false };
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
