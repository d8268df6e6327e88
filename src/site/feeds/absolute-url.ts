/** Site paths as the feeds need them: absolute when the site's URL is known. */
import type { SiteContext } from '../site-context.js';

/** `/weeks/2026-W47/` → `https://ada.github.io/journal/weeks/2026-W47/` (or `/journal/weeks/2026-W47/` without a URL). */
export function absoluteUrl(path: string, context: Pick<SiteContext, 'siteUrl' | 'pathPrefix'>): string {
  const base = context.siteUrl ?? context.pathPrefix;
  return base.replace(/\/$/, '') + encodeURI(path);
}
