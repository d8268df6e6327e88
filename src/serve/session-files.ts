/**
 * The content folder's files as a `serve` session last read them. Every
 * update still lists the folder (cheap, and it decides which files exist,
 * which names are refused, which links lead outside), but only reads the
 * files the watcher named, files under a folder it named, files it has
 * never read, and links (whose targets change without a word about the
 * link); the others are answered from memory. When the watcher cannot say
 * what changed, everything is read again.
 */
import { readFile } from 'node:fs/promises';
import type { FileReader } from '../load/read-content.js';

export class SessionFiles {
  /** The bytes of each file as last read, by content path. */
  #bytes = new Map<string, Uint8Array>();
  /** Paths changed since the last load began; `all` when unknown. */
  #changed: Set<string> | 'all' = 'all';

  /** Note paths (files or folders, relative to the content folder) the watcher named. */
  changed(paths: Iterable<string>): void {
    if (this.#changed === 'all') return;
    for (const path of paths) this.#changed.add(path);
  }

  /** Read every file again at the next load. */
  changedAll(): void {
    this.#changed = 'all';
  }

  /**
   * Run one load with a reader that reads only what may have changed. The
   * changes noted so far are taken; those noted meanwhile wait for the next
   * load. Files the load did not ask for (gone) are forgotten; if the load
   * fails, the next one reads everything.
   */
  async load<T>(run: (readFile: FileReader) => Promise<T>): Promise<T> {
    const changed = this.#changed;
    this.#changed = new Set();
    const kept = this.#bytes;
    const next = new Map<string, Uint8Array>();
    const reader: FileReader = async ({ contentPath, absolute, link }) => {
      const known = kept.get(contentPath);
      if (known && !link && changed !== 'all' && !isUnder(contentPath, changed)) {
        next.set(contentPath, known);
        return known;
      }
      const bytes = await readFile(absolute);
      next.set(contentPath, bytes);
      return bytes;
    };
    try {
      const result = await run(reader);
      this.#bytes = next;
      return result;
    } catch (error) {
      this.#changed = 'all';
      throw error;
    }
  }
}

/** Whether a path or one of its folders is in the set. */
function isUnder(path: string, paths: ReadonlySet<string>): boolean {
  if (paths.has(path)) return true;
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
    if (paths.has(path.slice(0, slash))) return true;
  }
  return false;
}
