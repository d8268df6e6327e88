/** One file of the built site, before Eleventy lays it out. */

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
