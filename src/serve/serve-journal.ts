/**
 * `logbook serve` as a value: load and check the journal, keep a preview of
 * the site up to date, serve it, and on every change in the content folder
 * or the layouts re-read (only changed files are parsed again: the parse
 * cache stays open for the session), re-check and update the pages whose
 * data changed. A journal with errors never stops it: the last good pages
 * stay, with the findings on top.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { memoryParseCache, type ParseCache } from '../cache/parse-cache.js';
import { hasFailures } from '../findings/finding.js';
import { loadJournal } from '../journal.js';
import type { IsoDate } from '../model/types.js';
import { listFindings, type FindingRecord } from '../report/findings-list.js';
import { LAYOUTS_DIR } from '../site/build-site.js';
import { findingsOverlay } from './findings-overlay.js';
import { ReloadChannel } from './live-reload.js';
import { updatePreview } from './preview-site.js';
import { startPreviewServer } from './preview-server.js';
import { watchFolders } from './watch-folders.js';

export interface ServeOptions {
  contentDir: string;
  cwd: string;
  host: string;
  port: number;
  today?: IsoDate;
  layoutsDir?: string;
  cache?: ParseCache;
  /** Called after every check with its findings, and whether the pages were updated. */
  onUpdate?: (update: ServeUpdate) => void;
}

export interface ServeUpdate {
  findings: FindingRecord[];
  /** False when errors kept the previous pages. */
  built: boolean;
  /** Pages written by this update. */
  written: number;
  /** How long the update took, from the change to pages ready to reload. */
  ms: number;
  /** Set when the update failed for another reason than the journal's findings (a folder that cannot be read). */
  failure?: string;
}

export interface ServeSession {
  /** The preview's address, prefix included (`http://127.0.0.1:8080/journal/`). */
  url: string;
  /** Resolves after the next update that starts after this call. */
  nextUpdate(): Promise<ServeUpdate>;
  /** Check and update now (as a saved file would). */
  refresh(options?: { layouts?: boolean }): Promise<ServeUpdate>;
  close(): Promise<void>;
}

/** Start serving a journal. */
export async function serveJournal(options: ServeOptions): Promise<ServeSession> {
  const layoutsDir = options.layoutsDir ?? LAYOUTS_DIR;
  const siteDir = await mkdtemp(join(tmpdir(), 'logbook-serve-'));
  const reload = new ReloadChannel();
  // Parsed files and rendered Markdown are kept for the session: a save re-parses and re-renders one file.
  const cache = options.cache ?? memoryParseCache();
  const renderMemo = new Map<string, string>();
  let hashes: Map<string, string> | undefined;
  let prefix = '/';
  let findings: FindingRecord[] = [];
  let stale = false;
  let failure: string | undefined;
  let waiters: ((update: ServeUpdate) => void)[] = [];

  const update = async (change: { layouts?: boolean } = {}): Promise<ServeUpdate> => {
    const started = performance.now();
    try {
      return await attempt(change, started);
    } catch (error) {
      failure = (error as Error).message;
      stale = hashes !== undefined;
      const outcome = { findings, built: false, written: 0, ms: performance.now() - started, failure };
      options.onUpdate?.(outcome);
      return outcome;
    }
  };

  const attempt = async ({ layouts = false }: { layouts?: boolean }, started: number): Promise<ServeUpdate> => {
    failure = undefined;
    const loaded = await loadJournal({ contentDir: options.contentDir, cwd: options.cwd, today: options.today, cache });
    await cache.save();
    findings = listFindings(loaded.files);
    let built = false;
    let written = 0;
    if (!hasFailures(loaded.files)) {
      const result = await updatePreview({
        journal: loaded.journal,
        today: loaded.today,
        contentRoot: loaded.root,
        siteDir,
        layoutsDir,
        previous: layouts ? undefined : hashes,
        renderMemo,
      });
      ({ hashes } = result);
      // Old renderings of edited files pile up over a long session: start afresh now and then.
      if (renderMemo.size > 4 * result.hashes.size + 1000) renderMemo.clear();
      prefix = result.pathPrefix;
      written = result.written;
      built = true;
    }
    stale = !built && hashes !== undefined;
    const outcome = { findings, built, written, ms: performance.now() - started };
    options.onUpdate?.(outcome);
    return outcome;
  };

  // Updates run one at a time; changes that arrive meanwhile are folded into one more update.
  let running: Promise<ServeUpdate> = attempt({}, performance.now());
  let queued: { layouts: boolean } | undefined;
  const schedule = (change: { layouts: boolean }): Promise<ServeUpdate> => {
    if (queued) {
      queued.layouts ||= change.layouts;
      return running;
    }
    queued = { ...change };
    running = running
      .catch(() => undefined)
      .then(() => {
        const next = queued!;
        queued = undefined;
        return update(next);
      })
      .then((outcome) => {
        reload.reload();
        const ready = waiters;
        waiters = [];
        for (const resolveWaiter of ready) resolveWaiter(outcome);
        return outcome;
      });
    return running;
  };

  try {
    await running;
  } catch (error) {
    await rm(siteDir, { recursive: true, force: true });
    throw error;
  }

  const watcher = watchFolders({ contentDir: resolve(options.cwd, options.contentDir), layoutsDir, onChange: (change) => void schedule(change).catch(() => undefined) });
  const server = await startPreviewServer({
    siteDir,
    prefix: () => prefix,
    banner: () => findingsOverlay(findings, { stale, failure }),
    reload,
    host: options.host,
    port: options.port,
  }).catch(async (error: unknown) => {
    watcher.close();
    await rm(siteDir, { recursive: true, force: true });
    throw error;
  });

  return {
    get url() {
      return server.origin + prefix;
    },
    nextUpdate: () => new Promise((resolveWaiter) => waiters.push(resolveWaiter)),
    refresh: (change = {}) => schedule({ layouts: change.layouts ?? false }),
    async close() {
      watcher.close();
      await running.catch(() => undefined);
      await server.close();
      await rm(siteDir, { recursive: true, force: true });
    },
  };
}
