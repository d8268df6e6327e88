/** One file of the built site, before Eleventy lays it out. */
import { createHash } from 'node:crypto';

/** What every HTML page's head and frame read. */
export interface PageMeta {
  /** The page's own title (the site's title is added by the layout). */
  title: string;
  /** One or two sentences for search results and link previews. */
  description: string;
  /** Shown with a "draft" banner (only `serve` shows drafts). */
  draft?: boolean;
  /** Shown with a "private" banner (only `serve` shows private entries, on the learner's machine). */
  private?: boolean;
}

export interface SitePage {
  /** Site path without the prefix (`/goals/go/`, `/feed.xml`). */
  url: string;
  /** A layout in `layouts/` (`goal.njk`). */
  layout: string;
  /** What the layout reads as `view`: plain values and pre-rendered, sanitised HTML. */
  view: Record<string, unknown> & Partial<PageMeta>;
}

/*
 * A hash of what a page is made from: its layout and view. The sitemap
 * (when the page last changed) and the reuse of unchanged pages both need
 * it, so it is computed once per page. A page's view is not changed after
 * collect-pages.ts has made it.
 */
const memo = new WeakMap<SitePage, string>();

export function madeHash(page: SitePage): string {
  let made = memo.get(page);
  if (made === undefined) {
    made = createHash('sha1').update(page.layout).update('\0').update(JSON.stringify(page.view)).update('\0').digest('base64url');
    memo.set(page, made);
  }
  return made;
}
