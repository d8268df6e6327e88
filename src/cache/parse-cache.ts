/**
 * A persistent cache of parsed entries, so an unchanged file is never
 * parsed twice. One file under the cache folder (by default
 * `node_modules/.cache/logbook/`), safe to delete at any time. An entry is
 * found only by the hash of everything its parse depends on: the goal
 * template, the file's path and its exact text. So a
 * cached entry is never stale; a cache written by other code (see
 * code-fingerprint.ts) or that cannot be read is ignored.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Entry, Place } from '../model/types.js';
import type { RuleId, Severity } from '../findings/finding.js';
import { codeFingerprint } from './code-fingerprint.js';

/** A finding as it was reported while parsing, to be reported again. */
export interface CachedFinding {
  rule: RuleId;
  message: string;
  place?: Place;
  severity: Severity;
}

/** What parsing one file produced. */
export interface CachedParse {
  entry: Entry | undefined;
  findings: CachedFinding[];
}

export interface ParseCache {
  /** The key of one file's parse; `context` is whatever else the parse depends on (the goal template, as JSON). */
  keyOf(path: string, text: string, context: string): string;
  /** A cached parse (a fresh copy), or `undefined`. */
  get(key: string): CachedParse | undefined;
  /** Remember a parse (copied now: later changes to the entry are not kept). */
  set(key: string, value: CachedParse): void;
  /** Write the cache back, keeping only what this run used; a no-op when nothing changed. Never throws: a cache is optional. */
  save(): Promise<void>;
}

const FILE_NAME = 'parsed-entries.bin';
const FORMAT = 'logbook parse cache 1';

interface Stored {
  format: string;
  fingerprint: string;
  records: Map<string, Buffer>;
}

/** Open (or start) the cache in `dir`. */
export async function openParseCache({ dir }: { dir: string }): Promise<ParseCache> {
  const fingerprint = await codeFingerprint();
  const stored = await readStored(join(dir, FILE_NAME), fingerprint);
  const used = new Map<string, Buffer>();
  let changed = false;

  return {
    keyOf(path, text, context) {
      return createHash('sha256').update(context).update('\0').update(path).update('\0').update(text).digest('base64url');
    },
    get(key) {
      const record = stored.get(key) ?? used.get(key);
      if (!record) return undefined;
      used.set(key, record);
      return deserialize(record) as CachedParse;
    },
    set(key, value) {
      used.set(key, serialize(value));
      changed = true;
    },
    async save() {
      if (!changed && used.size === stored.size) return;
      const target = join(dir, FILE_NAME);
      const temporary = `${target}.${process.pid}.tmp`;
      const data: Stored = { format: FORMAT, fingerprint, records: used };
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(temporary, serialize(data));
        await rename(temporary, target);
        changed = false;
      } catch {
        // A cache that cannot be written only costs the next run its speed.
        await rm(temporary, { force: true }).catch(() => undefined);
      }
    },
  };
}

/** The stored records, or none when the file is missing, unreadable or from other code. */
async function readStored(path: string, fingerprint: string): Promise<Map<string, Buffer>> {
  try {
    const data = deserialize(await readFile(path)) as Partial<Stored>;
    if (data.format !== FORMAT || data.fingerprint !== fingerprint || !(data.records instanceof Map)) return new Map();
    return data.records;
  } catch {
    return new Map();
  }
}

/** A cache that lives only as long as the process (serve's session when no cache folder is available). */
export function memoryParseCache(): ParseCache {
  const records = new Map<string, Buffer>();
  return {
    keyOf(path, text, context) {
      return createHash('sha256').update(context).update('\0').update(path).update('\0').update(text).digest('base64url');
    },
    get(key) {
      const record = records.get(key);
      return record ? (deserialize(record) as CachedParse) : undefined;
    },
    set(key, value) {
      records.set(key, serialize(value));
    },
    async save() {},
  };
}
