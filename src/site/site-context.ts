/**
 * Everything the page builders read: the published part of the journal, its
 * progress figures, and the renderers. Built once per build; every page is
 * a pure function of it.
 */
import type { Entry, IsoDate, Journal, SitePath } from '../model/types.js';
import type { Progress } from '../progress/index.js';
import type { ContentDates } from './feeds/content-dates.js';
import type { RenderFile, RenderInline, RenderMarkdown } from './markdown/render-markdown.js';
import type { SiteLinks } from './markdown/site-links.js';

export interface SiteContext {
  /** Only what may be published (see published-journal.ts). */
  journal: Journal;
  links: SiteLinks;
  /** Each published tag's page. */
  tags: ReadonlyMap<string, SitePath>;
  progress: Progress;
  today: IsoDate;
  /** Markdown (mdast) → safe HTML; links are site paths without the prefix. */
  render: RenderMarkdown;
  /** A whole file → safe HTML (found in the cache without reading the tree). */
  renderFile: RenderFile;
  /** A whole file's plain text, hidden goals' tags removed (found in the cache without reading the tree). */
  fileText: (file: Entry) => string;
  /** Plain text with `#goal` references → safe HTML. */
  renderInline: RenderInline;
  /** The absolute URL of the site's root, prefix included (`https://ada.github.io/journal/`), when known. */
  siteUrl?: string;
  /** Whether drafts are shown (serve) or left out (build). */
  includeDrafts: boolean;
  /** Whether private entries are shown (serve's local preview only). */
  includePrivate: boolean;
  /** The path prefix (`/` or `/journal/`). */
  pathPrefix: string;
  /** When feed entries and pages last changed (the feed's `updated`, the sitemap's `lastmod`). */
  dates: ContentDates;
}
