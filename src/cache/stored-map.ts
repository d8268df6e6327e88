/**
 * A map kept in one file of the cache folder between runs: read whole at
 * the start, written whole (to a temporary file, then renamed) at the end,
 * keeping only the entries this run used. A file written by other code
 * (see code-fingerprint.ts) or for another context, or that cannot be read,
 * counts as empty: a cache is only ever a shortcut.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeFingerprint } from './code-fingerprint.js';

export interface StoredMap<V> {
  /** A value stored by an earlier run or this one (marks it used). */
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** Write the used entries back; a no-op when nothing changed. Never throws. */
  save(): Promise<void>;
}

interface Stored<V> {
  format: string;
  fingerprint: string;
  context: string;
  entries: Map<string, V>;
}

/**
 * Open `name` in `dir`. `context` is whatever every entry depends on
 * besides its key (when it differs from the stored one, nothing is reused).
 */
export async function openStoredMap<V>({ dir, name, context = '' }: { dir: string; name: string; context?: string }): Promise<StoredMap<V>> {
  const format = `logbook ${name} 1`;
  const fingerprint = await codeFingerprint();
  const path = join(dir, name);
  const stored = await readStored<V>(path, { format, fingerprint, context });
  const used = new Map<string, V>();
  let changed = false;
  return {
    get(key) {
      const value = used.get(key) ?? stored.get(key);
      if (value !== undefined) used.set(key, value);
      return value;
    },
    set(key, value) {
      used.set(key, value);
      changed = true;
    },
    async save() {
      if (!changed && used.size === stored.size) return;
      const temporary = `${path}.${process.pid}.tmp`;
      const data: Stored<V> = { format, fingerprint, context, entries: used };
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(temporary, serialize(data));
        await rename(temporary, path);
        changed = false;
      } catch {
        // A cache that cannot be written only costs the next run its speed.
        await rm(temporary, { force: true }).catch(() => undefined);
      }
    },
  };
}

async function readStored<V>(path: string, expected: Omit<Stored<V>, 'entries'>): Promise<Map<string, V>> {
  try {
    const data = deserialize(await readFile(path)) as Partial<Stored<V>>;
    const matches = data.format === expected.format && data.fingerprint === expected.fingerprint && data.context === expected.context;
    return matches && data.entries instanceof Map ? data.entries : new Map();
  } catch {
    return new Map();
  }
}
