/**
 * The front door of the core: load → parse → check, returning the parsed
 * journal and every file with its findings. No globals; the caller decides
 * where the content is and what "today" is.
 */
import { join, relative, resolve } from 'node:path';
import { applyRuleSettings } from './check/rule-settings.js';
import { RULES } from './check/rules/index.js';
import { todayIn } from './model/calendar-date.js';
import type { IsoDate } from './model/types.js';
import { readContent, type FileReader } from './load/read-content.js';
import { parseJournal, type ParsedJournal } from './parse/parse-journal.js';
import type { ParallelOptions } from './parse/parse-files.js';
import { trace } from './util/trace.js';
import { openWorkspace, type Workspace } from './workspace/workspace.js';

export interface LoadOptions {
  /** The content folder (default `content`). */
  contentDir?: string;
  /** Where file paths in findings are relative to (default the working directory). */
  cwd?: string;
  /** Today's date; default: the clock, in the journal's time zone. */
  today?: IsoDate;
  /** What is kept between runs (see workspace.ts; default: nothing); the caller saves it. */
  workspace?: Workspace;
  /** Reads each file's bytes (default: from disk); serve answers unchanged files from memory. */
  readFile?: FileReader;
  /** How parsing is spread over threads (default: over the cores, for journals big enough to gain). */
  parallel?: ParallelOptions;
}

export interface CheckedJournal extends ParsedJournal {
  today: IsoDate;
  /** Absolute path of the content folder. */
  root: string;
}

/** Read, parse and check a journal. Throws `ContentError` only when the folder cannot be read at all. */
export async function loadJournal(options: LoadOptions = {}): Promise<CheckedJournal> {
  const cwd = options.cwd ?? process.cwd();
  const contentDir = options.contentDir ?? 'content';
  const absolute = resolve(cwd, contentDir);
  trace('start');
  const content = await readContent(absolute, { cwd, readFile: options.readFile });
  trace('read content');
  const configPath = relative(cwd, join(absolute, 'journal.yml'));
  const workspace = options.workspace ?? (await openWorkspace({ mode: 'off' }));
  const parsed = await parseJournal(content, configPath, { workspace, parallel: options.parallel });
  trace('parse');
  const today = options.today ?? todayIn(parsed.journal.config.timezone);
  // Every rule of the registry that has a `check` adds its findings to the files.
  const context = { journal: parsed.journal, fileOf: parsed.fileOf, fileAt: parsed.fileFor, today };
  for (const rule of RULES) rule.check?.(context);
  // Where findings become final: journal.yml's `rules:` turns rules off or changes their severity.
  applyRuleSettings(parsed.files, parsed.journal.config.rules);
  trace('check');
  return { ...parsed, today, root: content.root };
}
