/**
 * The one cache pattern of the workspace: entries kept from the previous
 * generation (an earlier run's file, or the last update of a `serve`
 * session) and those this generation used. What a generation does not use
 * is dropped when it ends (`prune`) or is saved, so old versions of edited
 * files never pile up. A file written by other code (see
 * code-fingerprint.ts) or for another context, or that cannot be read,
 * counts as empty: a cache is only ever a shortcut.
 */
import { readFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

export class Generations<V> {
  protected used = new Map<string, V>();
  protected changed = false;

  constructor(protected kept: Map<string, V> = new Map()) {}

  /** A value kept or set (marks it used by this generation). */
  get(key: string): V | undefined {
    const value = this.used.get(key) ?? this.kept.get(key);
    if (value !== undefined) this.used.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.used.set(key, value);
    this.changed = true;
  }

  /** End this generation: forget what it did not use. */
  prune(): void {
    this.kept = this.used;
    this.used = new Map();
    this.changed = false;
  }
}

/** How a generation is kept in a file: read whole at the start, written whole at the end. */
export interface FileFormat<V> {
  /** The entries in a file's bytes, or `undefined` when it is damaged, from other code or for another context. */
  read(bytes: Buffer): Map<string, V> | undefined;
  /** The bytes of a file holding `entries`, in pieces written one after the other. */
  write(entries: Map<string, V>): Uint8Array[];
}

/** A generation kept in `path`. */
export class StoredGenerations<V> extends Generations<V> {
  readonly #path: string;
  readonly #format: FileFormat<V>;

  constructor(path: string, format: FileFormat<V>) {
    super(readStored(path, format));
    this.#path = path;
    this.#format = format;
  }

  /** Write what this generation used; a no-op when that is what it was given. Never throws. */
  async save(): Promise<void> {
    if (!this.changed && this.used.size === this.kept.size) return;
    if (!(await writeAtomic(this.#path, this.#format.write(this.used)))) return;
    // What was written is what the next save compares with.
    this.kept = this.used;
    this.changed = false;
  }
}

function readStored<V>(path: string, format: FileFormat<V>): Map<string, V> {
  try {
    // At once: fs.promises reads a big file in many small steps, each a thread-pool round trip.
    return format.read(readFileSync(path)) ?? new Map();
  } catch {
    return new Map();
  }
}

/**
 * Write a file whole or not at all: to a temporary file beside it, then
 * renamed over it. Returns whether it was written; never throws (a cache
 * that cannot be written only costs the next run its speed).
 */
export async function writeAtomic(path: string, chunks: Uint8Array[]): Promise<boolean> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(temporary, 'w');
    try {
      // writev takes a bounded number of buffers at a time.
      for (let index = 0; index < chunks.length; index += 1024) await writeAll(handle, chunks.slice(index, index + 1024));
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    return true;
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
    return false;
  }
}

async function writeAll(handle: Awaited<ReturnType<typeof open>>, chunks: Uint8Array[]): Promise<void> {
  let pending = chunks;
  while (pending.length > 0) {
    let { bytesWritten } = await handle.writev(pending);
    // A short write: go on from where it stopped.
    while (pending.length > 0 && bytesWritten >= pending[0]!.byteLength) bytesWritten -= pending.shift()!.byteLength;
    if (bytesWritten > 0) pending[0] = pending[0]!.subarray(bytesWritten);
  }
}
