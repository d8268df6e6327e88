/**
 * A persistent cache of parsed entries, so an unchanged file is never
 * parsed twice. One file under the cache folder (by default
 * `node_modules/.cache/logbook/`), safe to delete at any time. An entry is
 * found only by the hash of everything its parse depends on: the goal
 * template, the file's path and its exact text. So a
 * cached entry is never stale; a cache written by other code (see
 * code-fingerprint.ts) or that cannot be read is ignored.
 *
 * The file holds each file's record (see parse-record.ts) as bytes, behind
 * an index of keys and lengths: reading it decodes no record, and a record
 * is decoded only when its file is looked up.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { codeFingerprint } from './code-fingerprint.js';
import { decodeRecord, encodeRecord, type CachedParse } from './parse-record.js';

export type { CachedFinding, CachedParse } from './parse-record.js';

export interface ParseCache {
  /** The key of one file's parse; `context` is whatever else the parse depends on (the goal template, as JSON). */
  keyOf(path: string, text: string, context: string): string;
  /** A cached parse (a fresh copy), or `undefined`. */
  get(key: string): CachedParse | undefined;
  /** Remember a parse (copied now: later changes to the entry are not kept). */
  set(key: string, value: CachedParse): void;
  /** Remember a parse already encoded as a record (see parse-record.ts); the bytes are kept as they are. */
  setRecord(key: string, record: Uint8Array): void;
  /** Write the cache back, keeping only what this run used; a no-op when nothing changed. Never throws: a cache is optional. */
  save(): Promise<void>;
}

const FILE_NAME = 'parsed-entries.bin';
const MAGIC = 'logbook parse cache 2\n';

/** The key of a file's parse: a hash of everything the parse depends on. */
function keyOf(path: string, text: string, context: string): string {
  return createHash('sha256').update(context).update('\0').update(path).update('\0').update(text).digest('base64url');
}

/** Decode a record, or `undefined` when it is damaged (the file is then parsed again). */
function decodeOrNothing(record: Uint8Array): CachedParse | undefined {
  try {
    return decodeRecord(record);
  } catch {
    return undefined;
  }
}

/** Open (or start) the cache in `dir`. */
export async function openParseCache({ dir }: { dir: string }): Promise<ParseCache> {
  const fingerprint = await codeFingerprint();
  const stored = await readStored(join(dir, FILE_NAME), fingerprint);
  const used = new Map<string, Uint8Array>();
  let changed = false;

  return {
    keyOf,
    get(key) {
      const record = stored.get(key) ?? used.get(key);
      const value = record && decodeOrNothing(record);
      if (value) used.set(key, record);
      return value;
    },
    set(key, value) {
      used.set(key, encodeRecord(value));
      changed = true;
    },
    setRecord(key, record) {
      used.set(key, record);
      changed = true;
    },
    async save() {
      if (!changed && used.size === stored.size) return;
      const target = join(dir, FILE_NAME);
      const temporary = `${target}.${process.pid}.tmp`;
      try {
        await mkdir(dir, { recursive: true });
        await writeStored(temporary, fingerprint, used);
        await rename(temporary, target);
        changed = false;
      } catch {
        // A cache that cannot be written only costs the next run its speed.
        await rm(temporary, { force: true }).catch(() => undefined);
      }
    },
  };
}

/*
 * The file: MAGIC, the code fingerprint and a newline, a u32 count, then per
 * record its key's byte length (u8), the key (ASCII) and the record's byte
 * length (u32), then the records one after the other. Numbers are
 * little-endian.
 */

function header(fingerprint: string, records: Map<string, Uint8Array>): Buffer {
  const start = Buffer.from(`${MAGIC}${fingerprint}\n`, 'latin1');
  let size = start.length + 4;
  for (const key of records.keys()) size += 1 + key.length + 4;
  const out = Buffer.allocUnsafe(size);
  let at = start.copy(out, 0);
  at = out.writeUInt32LE(records.size, at);
  for (const [key, record] of records) {
    at = out.writeUInt8(key.length, at);
    at += out.write(key, at, 'latin1');
    at = out.writeUInt32LE(record.byteLength, at);
  }
  return out;
}

async function writeStored(path: string, fingerprint: string, records: Map<string, Uint8Array>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    const chunks = [header(fingerprint, records), ...records.values()];
    // writev takes a bounded number of buffers at a time.
    for (let index = 0; index < chunks.length; index += 1024) await writeAll(handle, chunks.slice(index, index + 1024));
  } finally {
    await handle.close();
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

/** The stored records (views into the file's bytes), or none when the file is missing, damaged or from other code. */
async function readStored(path: string, fingerprint: string): Promise<Map<string, Uint8Array>> {
  let bytes: Buffer;
  try {
    // At once: fs.promises reads a big file in many small steps, each a thread-pool round trip.
    bytes = readFileSync(path);
  } catch {
    return new Map();
  }
  const start = `${MAGIC}${fingerprint}\n`;
  if (bytes.length < start.length + 4 || bytes.toString('latin1', 0, start.length) !== start) return new Map();
  try {
    let at = start.length;
    const count = bytes.readUInt32LE(at);
    at += 4;
    const index: [string, number][] = [];
    for (let position = 0; position < count; position++) {
      const keyLength = bytes.readUInt8(at);
      const key = bytes.toString('latin1', at + 1, at + 1 + keyLength);
      at += 1 + keyLength;
      index.push([key, bytes.readUInt32LE(at)]);
      at += 4;
    }
    const records = new Map<string, Uint8Array>();
    for (const [key, length] of index) {
      if (at + length > bytes.length) return new Map();
      records.set(key, bytes.subarray(at, at + length));
      at += length;
    }
    return at === bytes.length ? records : new Map();
  } catch {
    // Read past the end: a damaged file.
    return new Map();
  }
}
