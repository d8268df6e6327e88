/** From the checked journal to what the pages read: publish, compute progress, make the renderers. */
import type { IsoDate, Journal } from '../model/types.js';
import { buildMoment, contentDates } from './feeds/content-dates.js';
import { computeProgress } from '../progress/index.js';
import { createInlineRenderer, createMarkdownRenderers } from './markdown/render-markdown.js';
import { tagUrls } from './pages/tag-pages.js';
import { plainTextOfFile } from './plain-text.js';
import { publishJournal } from './published-journal.js';
import type { SiteContext } from './site-context.js';
import type { Workspace } from '../workspace/workspace.js';

export interface ContextOptions {
  today: IsoDate;
  /** `/` or `/journal/`. */
  pathPrefix: string;
  includeDrafts: boolean;
  /** Preview private entries (serve only). */
  includePrivate?: boolean;
  /** Where HTML rendered by earlier builds, and the dates they gave, are kept. */
  workspace?: Workspace;
  /** The site's address when journal.yml has no `url` (`build --url`). */
  url?: string;
  /** The moment of the build (default: the clock, never after the end of `today`). */
  moment?: Date;
}

/** The site's view of a journal: only what may be published. */
export function createSiteContext(journal: Journal, { today, pathPrefix, includeDrafts, includePrivate = false, workspace, url, moment }: ContextOptions): SiteContext {
  const published = publishJournal(journal, { includeDrafts, includePrivate });
  const { links } = published;
  // journal.yml as read (allowHtml, the prefix, …): rendered HTML made under other settings is not reused.
  const renderMemo = workspace?.store<string>('rendered-html', JSON.stringify(journal.config));
  const sources = workspace?.sources;
  const { render, renderFile } = createMarkdownRenderers({ allowHtml: journal.config.allowHtml, links, memo: renderMemo, sources: renderMemo && sources });
  const address = journal.config.url ?? url;
  const siteUrl = address ? siteUrlWithPrefix(address, pathPrefix) : undefined;
  return {
    journal: published.journal,
    links,
    tags: tagUrls(published.journal),
    progress: computeProgress(published.journal, { today, includeDrafts, includePrivate }),
    today,
    render,
    renderFile,
    fileText: (file) => plainTextOfFile(file, links, { memo: renderMemo, sources }),
    renderInline: createInlineRenderer(links),
    siteUrl,
    pathPrefix,
    includeDrafts,
    includePrivate,
    dates: contentDates(workspace?.store('content-dates', ''), moment ?? buildMoment(today)),
  };
}

/** The configured (or `--url`) URL's origin with the prefix actually used (`--path-prefix` may override the URL's path). */
function siteUrlWithPrefix(url: string, pathPrefix: string): string {
  return new URL(url).origin + pathPrefix;
}
