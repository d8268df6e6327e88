/**
 * Where things land on the site: the map from a content path (a Markdown
 * file or an asset) to its site path, for published entries only. Links to
 * anything not in the map are dropped rather than pointing at a hidden page.
 */
import { posix } from 'node:path';
import type { SitePath } from '../../model/types.js';

export interface SiteLinks {
  /** Published Markdown files and assets, by content path (`goals/go.md`, `assets/a.svg`). */
  byPath: ReadonlyMap<string, SitePath>;
  /** Slugs of published goals, with their page. */
  goals: ReadonlyMap<string, SitePath>;
  /** Slugs of goals that exist but are not published (private or draft). */
  hiddenGoals: ReadonlySet<string>;
}

/** What a relative link in a Markdown file points at. */
export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'fragment' }
  | { kind: 'site'; path: string; suffix: string }
  | { kind: 'hidden' };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** Resolve a link written in `from` (a content path) against the site. */
export function resolveLink(url: string, from: string, links: SiteLinks): LinkTarget {
  if (SCHEME.test(url) || url.startsWith('//')) return { kind: 'external' };
  if (url === '' || url.startsWith('#')) return { kind: 'fragment' };
  const cut = url.search(/[?#]/);
  const pathPart = cut === -1 ? url : url.slice(0, cut);
  const suffix = cut === -1 ? '' : url.slice(cut);
  if (pathPart === '') return { kind: 'fragment' };
  const decoded = decodeSafely(pathPart);
  const joined = decoded.startsWith('/') ? decoded.slice(1) : posix.join(posix.dirname(from), decoded);
  const normalized = posix.normalize(joined);
  if (normalized.startsWith('..')) return { kind: 'hidden' };
  const known = links.byPath.get(normalized) ?? links.byPath.get(normalized.replace(/\/$/, '') + '/index.md');
  if (known) return { kind: 'site', path: known, suffix };
  // A Markdown file that is not published (private, draft or missing) must not be named.
  if (normalized.endsWith('.md') || normalized.startsWith('private/')) return { kind: 'hidden' };
  const trailing = decoded.endsWith('/') && !normalized.endsWith('/') ? '/' : '';
  return { kind: 'site', path: `/${normalized === '.' ? '' : normalized}${trailing}`, suffix };
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
