/**
 * The loaded files → the parsed journal. Pure: no I/O, findings collected
 * on the files they concern.
 */
import { VFile } from 'vfile';
import type { Asset, Entry, Goal, GoalTemplate, Journal, Page, Place, SitePath, Week } from '../model/types.js';
import type { ContentFiles } from '../load/read-content.js';
import type { CachedFinding, ParseCache } from '../cache/parse-cache.js';
import { report, ruleOf, severityOf, type RuleId } from '../findings/finding.js';
import { readJournalConfig } from './journal-config.js';
import { parseEntry, PRIVATE_DIR } from './parse-entry.js';

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
}

/** Parse every file of a content folder into the journal model. */
export function parseJournal(content: ContentFiles, configPath = 'journal.yml', options: ParseJournalOptions = {}): ParsedJournal {
  const configFile = content.config ?? new VFile({ path: configPath });
  const config = readJournalConfig(content.config, configFile);
  const files: VFile[] = [configFile, ...content.rejected];
  const entries = new Map<string, Entry>();
  const fileOf = new Map<string, VFile>();
  const goals: Goal[] = [];
  const weeks: Week[] = [];
  const pages: Page[] = [];

  const templateJson = JSON.stringify(config.template);
  for (const file of content.markdown) {
    files.push(file);
    const path = file.data.contentPath!;
    fileOf.set(path, file);
    const entry = options.cache ? parseEntryCached(file, config.template, templateJson, options.cache) : parseEntry(file, config.template);
    if (!entry) continue;
    entries.set(path, entry);
    if (entry.kind === 'goal') goals.push(entry);
    else if (entry.kind === 'week') weeks.push(entry);
    else pages.push(entry);
  }

  goals.sort((a, b) => compare(a.slug, b.slug));
  weeks.sort((a, b) => compare(a.id, b.id) || compare(a.path, b.path));
  pages.sort((a, b) => compare(a.url, b.url));
  const assets: Asset[] = content.assets
    .filter((path) => !path.startsWith(PRIVATE_DIR))
    .map((path) => ({ path, url: `/${path}` as SitePath }));

  return { journal: { config, goals, weeks, pages, assets }, files, entries, fileOf };
}

/** `parseEntry` through the cache: a hit reports the same findings and returns the same entry. */
function parseEntryCached(file: VFile, template: GoalTemplate, templateJson: string, cache: ParseCache): Entry | undefined {
  const key = cache.keyOf(file.data.contentPath!, String(file.value), templateJson);
  const hit = cache.get(key);
  if (hit) {
    for (const finding of hit.findings) report(file, finding);
    return hit.entry;
  }
  const before = file.messages.length;
  const entry = parseEntry(file, template);
  const findings: CachedFinding[] = file.messages.slice(before).map((message) => ({
    rule: ruleOf(message) as RuleId,
    message: message.reason,
    // `report` only ever places a finding at a point.
    place: message.place as Place | undefined,
    severity: severityOf(message),
  }));
  cache.set(key, { entry, findings });
  return entry;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
