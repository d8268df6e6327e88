/**
 * The loaded files → the parsed journal. No I/O (parsing may be spread over
 * worker threads, see parse-files.ts), findings collected on the files they
 * concern.
 */
import { VFile } from 'vfile';
import type { Asset, ContentPath, Entry, Goal, Journal, Page, SitePath, Week } from '../model/types.js';
import type { ContentFiles } from '../load/read-content.js';
import { report } from '../findings/finding.js';
import { readJournalConfig } from './journal-config.js';
import { isAssetMarkdown, isPrivatePath } from '../model/content-paths.js';
import { readFields } from './fields.js';
import { parseFrontMatter } from './front-matter.js';
import { parseFiles, type ParallelOptions } from './parse-files.js';
import { screenMarkdown } from './screen.js';
import type { Workspace } from '../workspace/workspace.js';

export interface ParsedJournal {
  journal: Journal;
  /** Every file that was looked at, each with its findings. */
  files: VFile[];
  /** The entry each Markdown file became, by content path. */
  entries: Map<string, Entry>;
  /** The vfile of each entry and asset, by content path (an asset's made on first use: see `fileFor`). */
  fileOf: Map<string, VFile>;
  /** The vfile of a content path, made (and added to `files`) when there is none yet: to report on an asset. */
  fileFor(path: string): VFile;
}

export interface ParseJournalOptions {
  /** Where parsed entries of earlier runs are kept; unchanged files are not parsed again. */
  workspace?: Workspace;
  /** How parsing is spread over threads (see parse-files.ts). */
  parallel?: ParallelOptions;
}

/** Parse every file of a content folder into the journal model. */
export async function parseJournal(content: ContentFiles, configPath = 'journal.yml', options: ParseJournalOptions = {}): Promise<ParsedJournal> {
  const configFile = content.config ?? new VFile({ path: configPath });
  const config = readJournalConfig(content.config, configFile);
  const files: VFile[] = [configFile, ...content.rejected, ...content.markdown];
  const entries = new Map<string, Entry>();
  const fileOf = new Map<string, VFile>();
  const goals: Goal[] = [];
  const weeks: Week[] = [];
  const pages: Page[] = [];

  // Markdown under assets/ is copied as it is, but only when its front matter lets it be published.
  const markdown = content.markdown.filter((file) => !isAssetMarkdown(file.data.contentPath!));
  const assetMarkdown = content.markdown.filter((file) => isAssetMarkdown(file.data.contentPath!));
  const parsed = await parseFiles(markdown, config.template, options);
  const published = new Map<string, boolean>();
  markdown.forEach((file, index) => {
    const path = file.data.contentPath!;
    fileOf.set(path, file);
    const entry = parsed[index];
    published.set(path, entry !== undefined && !entry.private && !entry.draft);
    if (entry) entries.set(path, entry);
  });
  for (const file of assetMarkdown) {
    fileOf.set(file.data.contentPath!, file);
    published.set(file.data.contentPath!, publishableAsset(file));
  }

  // A link to Markdown is followed only when that file is itself published (private and draft
  // entries, and any whose front matter could not be read, stay off the site through links too).
  const refused = new Set<string>();
  for (const [link, target] of content.links) {
    if (isPrivatePath(link) || !/\.(md|markdown)$/i.test(target) || published.get(target) === true) continue;
    const file = fileOf.get(link) ?? content.fileFor(link);
    // What the file says was reported on its target already.
    file.messages.length = 0;
    report(file, {
      rule: 'file/private-link',
      message: published.has(target)
        ? `This is a link to ${target}, which is private or a draft (or its front matter could not be read): logbook does not follow it, so it is left out of the site.`
        : `This is a link to ${target}, which logbook could not read as a published file: logbook does not follow it, so it is left out of the site.`,
    });
    if (!fileOf.has(link)) files.push(file);
    refused.add(link);
  }

  for (const [path, entry] of entries) {
    if (refused.has(path)) {
      entries.delete(path);
      continue;
    }
    if (entry.kind === 'goal') goals.push(entry);
    else if (entry.kind === 'week') weeks.push(entry);
    else pages.push(entry);
  }

  goals.sort((a, b) => compare(a.slug, b.slug));
  weeks.sort((a, b) => compare(a.id, b.id) || compare(a.path, b.path));
  pages.sort((a, b) => compare(a.url, b.url));
  const assetPaths = [...content.assets, ...assetMarkdown.map((file) => file.data.contentPath!).filter((path) => published.get(path))];
  const assets: Asset[] = assetPaths
    .filter((path) => !isPrivatePath(path) && !refused.has(path))
    .sort(compare)
    .map((path) => ({ path, url: `/${path}` as SitePath }));

  const fileFor = (path: string): VFile => {
    let file = fileOf.get(path);
    if (!file) {
      file = content.fileFor(path as ContentPath);
      fileOf.set(path, file);
      files.push(file);
    }
    return file;
  };
  return { journal: { config, goals, weeks, pages, assets }, files, entries, fileOf, fileFor };
}

/**
 * Whether a Markdown file under assets/ may be copied: its front matter is
 * read as in any other Markdown file, and a private or draft file, or one
 * whose front matter is broken (it might have said `private: true`), is not.
 * Only the front matter block is screened: the rest is never parsed.
 */
function publishableAsset(file: VFile): boolean {
  const text = String(file.value);
  const close = text.startsWith('---') ? /\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.exec(text) : null;
  const problem = screenMarkdown(close ? text.slice(0, close.index + close[0].length) : text.startsWith('---') ? text : '');
  if (problem) {
    report(file, { rule: 'file/too-complex', place: problem, message: `${problem.message} Until then this file is not copied to the site.` });
    return false;
  }
  const frontMatter = parseFrontMatter(file);
  const fields = readFields('page', frontMatter, file);
  return frontMatter.ok && !fields.private && !fields.draft;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
