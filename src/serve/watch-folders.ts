/**
 * Watch the content folder and the layouts for changes, and call back once
 * a burst of saves has settled (editors often write a file in several steps).
 */
import { watch, type FSWatcher } from 'node:fs';

export interface WatchedChange {
  /** Something under the layouts changed: every page must be laid out again. */
  layouts: boolean;
}

export interface FolderWatch {
  close(): void;
}

/** Watch `contentDir` and `layoutsDir` recursively; `onChange` runs after `settleMs` of quiet. */
export function watchFolders({ contentDir, layoutsDir, settleMs = 60, onChange }: { contentDir: string; layoutsDir: string; settleMs?: number; onChange: (change: WatchedChange) => void }): FolderWatch {
  let timer: NodeJS.Timeout | undefined;
  let layouts = false;
  const touched = (isLayout: boolean) => {
    layouts ||= isLayout;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const change = { layouts };
      layouts = false;
      onChange(change);
    }, settleMs);
  };
  const watchers: FSWatcher[] = [
    watch(contentDir, { recursive: true }, () => touched(false)),
    watch(layoutsDir, { recursive: true }, () => touched(true)),
  ];
  // A folder that disappears (the content folder renamed) must not bring the server down.
  for (const watcher of watchers) watcher.on('error', () => undefined);
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
