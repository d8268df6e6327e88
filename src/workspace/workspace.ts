/**
 * Everything logbook keeps between runs, in one place: parsed entries,
 * rendered Markdown, the records of the pages and search shards a build
 * wrote, the dates of the feed and sitemap, and the spare output folder.
 * Nothing else knows where these live.
 *
 * - `disk`: kept in `node_modules/.cache/logbook` of the working directory
 *   (the usual place for tools' caches, safe to delete), read at the start
 *   and written by `save`. A folder without `node_modules` (not an installed
 *   project) gets nothing written, so no new folder is left behind there.
 * - `memory`: kept as objects for a `serve` session, each update a
 *   generation (`prune` forgets what the last one did not use); parsed
 *   entries are also read from and written to the disk as above (`save`).
 * - `off` (`--no-cache`): nothing is kept or reused.
 *
 * Every file is found only under the code that wrote it (see
 * code-fingerprint.ts); journal.yml, the layouts and the output folder's
 * mode are part of the context of the stores that depend on them.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeFingerprint } from './code-fingerprint.js';
import { Generations, StoredGenerations, type FileFormat } from './generations.js';
import type { CachedParse } from './parse-record.js';
import { parseStore, recordsFormat, SourceTexts, type ParseStore } from './parse-store.js';

export type WorkspaceMode = 'disk' | 'memory' | 'off';

export interface WorkspaceOptions {
  mode: WorkspaceMode;
  /** The working directory, whose `node_modules/.cache/logbook` is the folder (when it has `node_modules`); none without it. */
  cwd?: string;
  /** The folder itself (wins over `cwd`). */
  dir?: string;
}

/** A map kept between runs (see generations.ts). */
export type Store<V> = Pick<Generations<V>, 'get' | 'set'>;

/** The stores a site build keeps, each with the context every entry depends on. */
export type StoreName = 'rendered-html' | 'site-pages' | 'search-shards' | 'content-dates' | 'social-images';

export interface Workspace {
  readonly mode: WorkspaceMode;
  /** The folder things are kept in, if any (the site's output may not be inside it). */
  readonly dir: string | undefined;
  /** Parsed entries; `undefined` when off. */
  readonly parses: ParseStore | undefined;
  /** The hash of each Markdown file's text, by content path (as the last parse saw it). */
  readonly sources: { get(path: string): string | undefined };
  /**
   * The store `name`, for entries that depend on `context`; `undefined` when
   * nothing is kept (off, or a store a preview does not keep: shard records
   * and the dates only make sense for a folder built once).
   */
  store<V>(name: StoreName, context: string): Store<V> | undefined;
  /** Whether `store(name, …)` keeps anything (to skip working out a context for nothing). */
  keeps(name: StoreName): boolean;
  /** Where the output a build replaces is kept for the next one (see spare-output.ts), if anywhere. */
  readonly spareFolder: string | undefined;
  /** End a generation (a `serve` update): forget what it did not use. */
  prune(): void;
  /** Write what changed to the folder. Never throws: a cache is optional. */
  save(): Promise<void>;
}

/** Open the workspace. */
export async function openWorkspace({ mode, cwd, dir = cwd === undefined ? undefined : workspaceDirFor(cwd) }: WorkspaceOptions): Promise<Workspace> {
  // On disk without a folder, nothing would outlive the run: as off.
  const off = mode === 'off' || (mode === 'disk' && dir === undefined);
  if (off) dir = undefined;
  const fingerprint = dir === undefined ? '' : await codeFingerprint();
  const file = (name: string) => join(dir!, name);
  const sources = new SourceTexts();
  const records = dir === undefined ? new Generations<Uint8Array>() : new StoredGenerations(file('parsed-entries.bin'), recordsFormat(fingerprint));
  const memory = mode === 'memory';
  const objects = memory ? new Generations<CachedParse>() : undefined;
  const stores = new Map<StoreName, { context: string; entries: Generations<unknown> }>();
  const keeps = (name: StoreName) => !off && (!memory || name === 'rendered-html' || name === 'site-pages');
  return {
    mode,
    dir,
    parses: off ? undefined : parseStore(records, sources, objects),
    sources,
    keeps,
    store<V>(name: StoreName, context: string): Store<V> | undefined {
      if (!keeps(name)) return undefined;
      let open = stores.get(name);
      if (open?.context !== context) {
        open = { context, entries: memory ? new Generations() : new StoredGenerations(file(`${name}.bin`), mapFormat(name, fingerprint, context)) };
        stores.set(name, open);
      }
      return open.entries as Generations<V>;
    },
    spareFolder: !memory && dir !== undefined ? file('previous-site') : undefined,
    prune() {
      sources.prune();
      // Bytes kept only for this session: the objects in front of them are what is reused.
      if (!(records instanceof StoredGenerations)) records.prune();
      objects?.prune();
      for (const { entries } of stores.values()) entries.prune();
    },
    async save() {
      if (dir === undefined) return;
      if (records instanceof StoredGenerations) await records.save();
      for (const { entries } of stores.values()) if (entries instanceof StoredGenerations) await entries.save();
    },
  };
}

/** The folder for a working directory, or `undefined` when it has no `node_modules`. */
function workspaceDirFor(cwd: string): string | undefined {
  const modules = join(cwd, 'node_modules');
  try {
    return statSync(modules).isDirectory() ? join(modules, '.cache', 'logbook') : undefined;
  } catch {
    return undefined;
  }
}

/** A map as one V8-serialised value, behind its format, the code's fingerprint and the context. */
function mapFormat<V>(name: string, fingerprint: string, context: string): FileFormat<V> {
  const format = `logbook ${name} 1`;
  return {
    read(bytes) {
      const data = deserialize(bytes) as { format?: string; fingerprint?: string; context?: string; entries?: unknown };
      const matches = data.format === format && data.fingerprint === fingerprint && data.context === context;
      return matches && data.entries instanceof Map ? (data.entries as Map<string, V>) : undefined;
    },
    write: (entries) => [serialize({ format, fingerprint, context, entries })],
  };
}
