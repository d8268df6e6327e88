/**
 * `logbook serve` as a value: load and check the journal, keep a preview of
 * the site up to date, serve it, and on every change in the content folder
 * or the layouts read again only the files the watcher named (the others
 * are kept as read, parsed and rendered for the session), re-check and
 * update the pages whose data changed. A journal with errors never stops
 * it: the last good pages stay, with the findings on top.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hasFailures } from '../findings/finding.js';
import { loadJournal } from '../journal.js';
import type { IsoDate } from '../model/types.js';
import { listFindings, type FindingRecord } from '../report/findings-list.js';
import { LAYOUTS_DIR } from '../site/layouts-dir.js';
import { findingsOverlay } from './findings-overlay.js';
import { ReloadChannel } from './live-reload.js';
import type { PreviewState } from './preview-site.js';
import { startPreviewServer } from './preview-server.js';
import { SessionFiles } from './session-files.js';
import { watchFolders, type WatchedChange } from './watch-folders.js';
import { openWorkspace, type Workspace } from '../workspace/workspace.js';

export interface ServeOptions {
  contentDir: string;
  cwd: string;
  host: string;
  port: number;
  today?: IsoDate;
  layoutsDir?: string;
  /** What is kept between updates (default: in memory only); saved when the session starts and ends. */
  workspace?: Workspace;
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
  /** The temporary folder the preview is served from (removed by `close`). */
  siteDir: string;
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
  const workspace = options.workspace ?? (await openWorkspace({ mode: 'memory' }));
  // Only the files the watcher names are read again, and assets copied again only when one may have changed.
  const files = new SessionFiles();
  let assetsTouched = true;
  let layoutsTouched = false;
  let shown: PreviewState | undefined;
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
      stale = shown !== undefined;
      const outcome = { findings, built: false, written: 0, ms: performance.now() - started, failure };
      options.onUpdate?.(outcome);
      return outcome;
    }
  };

  const attempt = async ({ layouts = false }: { layouts?: boolean }, started: number): Promise<ServeUpdate> => {
    failure = undefined;
    // What changed stays to do until pages are built: an update stopped by errors keeps it for the next.
    const todo = { layouts: layoutsTouched || layouts, copyFiles: assetsTouched };
    layoutsTouched = assetsTouched = false;
    let built = false;
    try {
      const outcome = await build(todo, started);
      built = outcome.built;
      return outcome;
    } finally {
      if (!built) {
        layoutsTouched ||= todo.layouts;
        assetsTouched ||= todo.copyFiles;
      }
    }
  };

  const build = async ({ layouts, copyFiles }: { layouts: boolean; copyFiles: boolean }, started: number): Promise<ServeUpdate> => {
    const loaded = await files.load((readFile) => loadJournal({ contentDir: options.contentDir, cwd: options.cwd, today: options.today, workspace, readFile }));
    findings = listFindings(loaded.files);
    let built = false;
    let written = 0;
    if (!hasFailures(loaded.files)) {
      // The site's code (Markdown rendering, Eleventy) is loaded with the first preview, after the first check.
      const { updatePreview } = await import('./preview-site.js');
      const result = await updatePreview({
        journal: loaded.journal,
        today: loaded.today,
        contentRoot: loaded.root,
        siteDir,
        layoutsDir,
        previous: shown,
        workspace,
        // The stylesheet and the icon are in the layouts folder.
        copyFiles: copyFiles || layouts,
      });
      // What this update did not use (old versions of edited files) is forgotten.
      workspace.prune();
      shown = result.state;
      prefix = result.pathPrefix;
      written = result.written;
      built = true;
    }
    stale = !built && shown !== undefined;
    const outcome = { findings, built, written, ms: performance.now() - started };
    options.onUpdate?.(outcome);
    return outcome;
  };

  // Updates run one at a time; changes that arrive meanwhile are folded into one more update.
  let running: Promise<unknown> = Promise.resolve();
  let queued: { layouts: boolean } | undefined;
  const schedule = (change: { layouts: boolean }): Promise<ServeUpdate> => {
    if (queued) {
      queued.layouts ||= change.layouts;
      return running as Promise<ServeUpdate>;
    }
    queued = { ...change };
    const next = running
      .catch(() => undefined)
      .then(() => {
        const change = queued!;
        queued = undefined;
        return update(change);
      })
      .then((outcome) => {
        reload.reload();
        const ready = waiters;
        waiters = [];
        for (const resolveWaiter of ready) resolveWaiter(outcome);
        return outcome;
      });
    running = next;
    return next;
  };
  const changed = (change: WatchedChange) => {
    if (change.unknown) files.changedAll();
    else files.changed(change.paths);
    assetsTouched ||= change.unknown || change.paths.some(mayTouchAssets);
    void schedule(change).catch(() => undefined);
  };

  // Watching starts before the first read, so nothing saved meanwhile is missed.
  const watcher = watchFolders({ contentDir: resolve(options.cwd, options.contentDir), layoutsDir, onChange: changed });
  const first = watcher.ready.then(() => attempt({}, performance.now()));
  running = first;
  try {
    await first;
    // The persistent cache (when there is one) is written now and when the session ends, not on every save.
    await workspace.save();
  } catch (error) {
    watcher.close();
    await running.catch(() => undefined);
    await rm(siteDir, { recursive: true, force: true });
    throw error;
  }

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
    siteDir,
    nextUpdate: () => new Promise((resolveWaiter) => waiters.push(resolveWaiter)),
    refresh: (change = {}) => {
      files.changedAll();
      assetsTouched = true;
      return schedule({ layouts: change.layouts ?? false });
    },
    async close() {
      watcher.close();
      await running.catch(() => undefined);
      await workspace.save();
      await server.close();
      await rm(siteDir, { recursive: true, force: true });
    },
  };
}

/** Whether a changed path may be (or hold) an asset: anything but a Markdown file or journal.yml outside `assets/`. */
function mayTouchAssets(path: string): boolean {
  return path === 'assets' || path.startsWith('assets/') || !(path.endsWith('.md') || path === 'journal.yml');
}
