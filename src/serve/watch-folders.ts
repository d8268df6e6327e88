/**
 * Watch the content folder and the layouts for changes, and call back once
 * a burst of saves has settled (editors often write a file in several
 * steps), saying which paths changed.
 *
 * On Linux, Node's recursive watch loses a file once an editor has saved it
 * by writing a temporary file and renaming it over the old one (later saves
 * are reported under the temporary name, or not at all). So there every
 * folder gets a watch of its own, which sees its entries by name whatever
 * replaces them; folders that appear are watched as they come. Elsewhere
 * the system's recursive watch is used as it is.
 */
import { watch, type FSWatcher } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isSkippedName } from '../load/read-content.js';

export interface WatchedChange {
  /** Something under the layouts changed: every page must be laid out again. */
  layouts: boolean;
  /**
   * Paths under the content folder that changed (forward slashes): files
   * written, created, renamed or removed, and folders that appeared,
   * moved or went (everything under such a folder may have changed).
   */
  paths: string[];
  /** The watch could not say what changed (a folder it could not watch, an event without a name): read everything again. */
  unknown: boolean;
}

export interface FolderWatch {
  /** Resolves once every folder present at the start is watched. */
  ready: Promise<void>;
  close(): void;
}

export interface WatchOptions {
  contentDir: string;
  layoutsDir: string;
  /** Quiet time after the last event before `onChange` (ms). */
  settleMs?: number;
  onChange: (change: WatchedChange) => void;
}

/**
 * How long a burst of events must have been quiet before an update starts
 * (ms). An editor's save (truncate and write, or write a temporary file
 * and rename it) comes as events a millisecond or two apart; a save whose
 * steps are further apart only costs one more update, which the queue
 * folds with any others.
 */
export const SETTLE_MS = 25;

/** Watch `contentDir` and `layoutsDir`; `onChange` runs after `settleMs` of quiet. */
export function watchFolders({ contentDir, layoutsDir, settleMs = SETTLE_MS, onChange }: WatchOptions): FolderWatch {
  let timer: NodeJS.Timeout | undefined;
  let pending: WatchedChange = { layouts: false, paths: [], unknown: false };
  const touched = (change: Partial<WatchedChange>) => {
    pending.layouts ||= change.layouts ?? false;
    pending.unknown ||= change.unknown ?? false;
    pending.paths.push(...(change.paths ?? []));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const settled = { ...pending, paths: [...new Set(pending.paths)] };
      pending = { layouts: false, paths: [], unknown: false };
      onChange(settled);
    }, settleMs);
  };
  const trees = [
    watchTree(contentDir, (path) => {
      // Names the journal's reader skips (editors' swap files, `.git/`) change nothing it reads.
      if (path !== undefined && path.split('/').some(isSkippedName)) return;
      touched(path === undefined ? { unknown: true } : { paths: [path] });
    }),
    watchTree(layoutsDir, () => touched({ layouts: true })),
  ];
  return {
    ready: Promise.all(trees.map((tree) => tree.ready)).then(() => undefined),
    close() {
      clearTimeout(timer);
      for (const tree of trees) tree.close();
    },
  };
}

/**
 * Calls `onEvent` with the path (relative, forward slashes) of each change
 * under `root`; `undefined` when it cannot say. Folders whose name `skip`
 * accepts (by default those the journal's reader skips) are not watched.
 */
export function watchTree(root: string, onEvent: (path: string | undefined) => void, { skip = isSkippedName }: { skip?: (name: string) => boolean } = {}): FolderWatch {
  if (process.platform !== 'linux') return watchRecursively(root, onEvent);
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  let following = Promise.resolve();

  const unwatch = (folder: string) => {
    for (const [path, watcher] of watchers) {
      if (path === folder || path.startsWith(`${folder}/`) || folder === '') {
        watcher.close();
        watchers.delete(path);
      }
    }
  };

  /** Watch a folder and, after it, the folders inside it (so nothing written meanwhile is missed: the folder itself was reported). */
  const watchFolder = async (folder: string): Promise<void> => {
    if (closed || watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder === '' ? root : join(root, folder), (event, name) => {
        if (name === null || name === undefined) return onEvent(undefined);
        const path = folder === '' ? String(name) : `${folder}/${String(name)}`;
        onEvent(path);
        // Entries appear, move and go with 'rename'; 'change' is a file's content or attributes.
        // One at a time, each looking afresh, so the last one leaves the watches as the folders are.
        if (event === 'rename') following = following.then(() => follow(path));
      });
    } catch {
      // Gone already (its parent reported that), or no more watches allowed: the next update reads everything.
      onEvent(undefined);
      return;
    }
    watcher.on('error', () => {
      // The folder went away (a rename or delete its parent reports too); for the root, nothing can say what changed.
      unwatch(folder);
      if (folder === '') onEvent(undefined);
    });
    watchers.set(folder, watcher);
    let entries;
    try {
      entries = await readdir(folder === '' ? root : join(root, folder), { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(
      entries.filter((entry) => entry.isDirectory() && !skip(entry.name)).map((entry) => watchFolder(folder === '' ? entry.name : `${folder}/${entry.name}`)),
    );
  };

  /** After an entry appeared, moved or went: a folder there is watched, one that went is no longer. */
  const follow = async (path: string): Promise<void> => {
    if (path.split('/').some(skip)) return;
    let isFolder = false;
    try {
      // A link to a folder is not followed, as the journal's reader does not follow it.
      isFolder = (await lstat(join(root, path))).isDirectory();
    } catch {
      isFolder = false;
    }
    if (closed) return;
    // Watched afresh even when it was watched: a folder removed and made again under the same name is
    // another folder, and the old watch sees nothing of it. (The folder was reported, so anything
    // written in it before the new watch starts is read all the same.)
    unwatch(path);
    if (isFolder) await watchFolder(path);
  };

  return {
    ready: watchFolder(''),
    close() {
      closed = true;
      unwatch('');
    },
  };
}

function watchRecursively(root: string, onEvent: (path: string | undefined) => void): FolderWatch {
  const watcher = watch(root, { recursive: true }, (_event, name) => onEvent(name === null || name === undefined ? undefined : String(name).split('\\').join('/')));
  // A folder that disappears (the content folder renamed) must not bring the server down.
  watcher.on('error', () => onEvent(undefined));
  return { ready: Promise.resolve(), close: () => watcher.close() };
}
