/** Where the journal of a workspace folder is: its `content/`, or the folder itself when it holds journal.yml. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The content folder of a workspace folder (`content` overrides where it is, relative to the folder). */
export function journalFolderOf(folder: string, content?: string): string | undefined {
  if (content !== undefined) {
    const chosen = resolve(folder, content);
    return isFolder(chosen) ? chosen : undefined;
  }
  if (existsSync(join(folder, 'journal.yml')) && isFolder(folder)) return folder;
  const inside = join(folder, 'content');
  return isFolder(inside) ? inside : undefined;
}

/** The nearest folder above a file that holds journal.yml (for an editor that names no workspace folder). */
export function journalFolderAbove(file: string): string | undefined {
  let folder = dirname(file);
  for (;;) {
    if (existsSync(join(folder, 'journal.yml'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** The real path of a folder, when it has one. */
export function realPathOf(folder: string): string | undefined {
  try {
    return realpathSync(folder);
  } catch {
    return undefined;
  }
}
