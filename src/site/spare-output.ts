/**
 * The output a build replaces is not deleted: it is kept in the cache folder
 * (the workspace's spare folder), and the next build starts from it instead of from an empty
 * folder. Most of its files are hard links to the very files of the current
 * output (the pages that did not change), so that build only replaces the
 * few files that changed, where starting empty means creating a folder and
 * a link per page and deleting as many afterwards (metadata writes that
 * cost far more than the rest of a small rebuild).
 *
 * Safety: the spare is emptied of every file that is not exactly (same
 * inode, size and modification time) a file the new build carries over
 * unchanged from the current output. Nothing is ever written into a file
 * left in it, and everything else is written as a new file: a file shared
 * with the published output is never changed. Files added to the output by
 * hand are deleted with the rest.
 */
import { chmodSync, constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isLogbookSite } from './output-folder.js';

export interface Staging {
  /** The folder to build into. */
  dir: string;
  /** Files already in it (relative, `/`-separated): exactly files of the current output that are carried over. */
  present: Set<string>;
  /** Whether it was made from the spare. */
  fromSpare: boolean;
}

/**
 * The folder to build into: `dir`, a new empty folder beside the output
 * (see makeStagingFolder), or in its place the spare when there is one
 * (keeping only the files of `keep`, output path → identity, that are those
 * very files).
 */
export async function openStaging({ dir, spare, keep }: { dir: string; spare?: string; keep: ReadonlyMap<string, string> }): Promise<Staging> {
  if (!spare) return { dir, present: new Set(), fromSpare: false };
  let mode: number;
  try {
    // The new folder's name is taken by the spare (a rename: the same file system, or no spare at all).
    // Only a real folder that logbook wrote: a link in its place would lead the clearing below out of
    // the cache, and a folder of someone else's put there is not logbook's to empty.
    if (!isLogbookSite(spare)) throw new Error('not a site of logbook');
    // The new folder has the mode the site's root should have (the umask's), whatever the spare's was.
    mode = statSync(dir).mode & 0o7777;
    rmdirSync(dir);
    renameSync(spare, dir);
  } catch {
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    return { dir, present: new Set(), fromSpare: false };
  }
  try {
    chmodSync(dir, mode);
  } catch {
    // Left with the mode the previous site's root had.
  }
  const present = new Set<string>();
  clearExcept(dir, '', keep, present);
  return { dir, present, fromSpare: true };
}

/** Delete every file under `dir/relative` that `keep` does not name with its identity; remove folders left empty. Returns whether the folder is empty. */
function clearExcept(dir: string, relative: string, keep: ReadonlyMap<string, string>, present: Set<string>): boolean {
  let empty = true;
  const folder = relative === '' ? dir : join(dir, ...relative.split('/'));
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
    const full = join(folder, entry.name);
    const wanted = keep.get(path);
    if (entry.isDirectory()) {
      if (clearExcept(dir, path, keep, present)) rmdirSync(full);
      else empty = false;
    } else if (entry.isFile() && wanted !== undefined && wanted === fileIdentity(full)) {
      present.add(path);
      empty = false;
    } else {
      unlinkSync(full);
    }
  }
  return empty;
}

/**
 * Hard-link the files of `files` (output path → identity) from the current
 * output into the staging folder, except those already there; copied where
 * the file system cannot link. Returns the paths copied (new files).
 */
export function carryOver(staging: Staging, outputDir: string, files: Iterable<string>): Set<string> {
  const copied = new Set<string>();
  const folders = new Set<string>();
  for (const path of files) {
    if (staging.present.has(path)) continue;
    const target = join(staging.dir, ...path.split('/'));
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    const source = join(outputDir, ...path.split('/'));
    try {
      linkSync(source, target);
    } catch {
      // A new file, never one already there (which could be shared with the published output).
      copyFileSync(source, target, constants.COPYFILE_EXCL);
      copied.add(path);
    }
  }
  return copied;
}

/**
 * The identity of the file at `path`, `inode:size:mtime` (nanoseconds), or
 * `undefined` when it is missing or not a file: any write to the file
 * changes it, and so does replacing the file. What lets a build trust that
 * a file of the previous output is still what it wrote, without reading it.
 */
/** The identity of a file of a site folder, by its path in the site (`goals/go/index.html`). */
export function siteFileIdentity(siteDir: string, path: string): string | undefined {
  return fileIdentity(join(siteDir, ...path.split('/')));
}

export function fileIdentity(path: string): string | undefined {
  try {
    const stats = statSync(path, { bigint: true });
    return stats.isFile() ? `${stats.ino}:${stats.size}:${stats.mtimeNs}` : undefined;
  } catch {
    return undefined;
  }
}
