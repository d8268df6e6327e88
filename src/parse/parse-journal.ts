/**
 * The loaded files → the parsed journal. No I/O (parsing may be spread over
 * worker threads, see parse-files.ts), findings collected on the files they
 * concern.
 */
import { VFile } from 'vfile';
import type { Asset, Entry, Goal, Journal, Page, SitePath, Week } from '../model/types.js';
import type { ContentFiles } from '../load/read-content.js';
import type { ParseCache } from '../cache/parse-cache.js';
import { readJournalConfig } from './journal-config.js';
import { PRIVATE_DIR } from '../model/content-paths.js';
import { parseFiles, type ParallelOptions } from './parse-files.js';

export interface ParsedJournal {
  journal: Journal;
  /** Every file that was looked at, each with its findings. */
  files: VFile[];
  /** The entry each Markdown file became, by content path. */
  entries: Map<string, Entry>;
  /** The vfile of each entry, by content path. */
  fileOf: Map<string, VFile>;
}

export interface ParseJournalOptions {
  /** Parsed entries of earlier runs (see `openParseCache`); unchanged files are not parsed again. */
  cache?: ParseCache;
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

  const parsed = await parseFiles(content.markdown, config.template, options);
  content.markdown.forEach((file, index) => {
    const path = file.data.contentPath!;
    fileOf.set(path, file);
    const entry = parsed[index];
    if (!entry) return;
    entries.set(path, entry);
    if (entry.kind === 'goal') goals.push(entry);
    else if (entry.kind === 'week') weeks.push(entry);
    else pages.push(entry);
  });

  goals.sort((a, b) => compare(a.slug, b.slug));
  weeks.sort((a, b) => compare(a.id, b.id) || compare(a.path, b.path));
  pages.sort((a, b) => compare(a.url, b.url));
  const assets: Asset[] = content.assets
    .filter((path) => !path.startsWith(PRIVATE_DIR))
    .map((path) => ({ path, url: `/${path}` as SitePath }));

  return { journal: { config, goals, weeks, pages, assets }, files, entries, fileOf };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
