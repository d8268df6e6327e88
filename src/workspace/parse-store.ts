/**
 * Parsed entries, so an unchanged file is never parsed twice. An entry is
 * found only by the hash of everything its parse depends on: the goal
 * template, the file's path and its exact text; so a kept entry is never
 * stale.
 *
 * On disk (`parsed-entries.bin`), each file's record (see parse-record.ts)
 * is kept as bytes behind an index of keys and lengths: reading the file
 * decodes no record, and a record is decoded only when its file is looked
 * up. In memory (a `serve` session), decoded entries are kept as objects,
 * deep-frozen, so a save costs the parse of the saved file and nothing for
 * the others, and a later stage that tried to change one would throw
 * instead of corrupting the preview.
 *
 * The keys are made by `SourceTexts`: each Markdown file's text as last
 * seen, by content path, and the two hashes made of it, each made once per
 * text: the key of its parse and the short hash that work done on its tree
 * (rendered HTML, plain text) is keyed by, instead of the much larger tree.
 */
import { createHash } from 'node:crypto';
import { decodeRecord, type CachedParse } from './parse-record.js';
import { Generations, type FileFormat } from './generations.js';

export interface ParseStore {
  /** The key of one file's parse; `context` is whatever else the parse depends on (the goal template, as JSON). */
  keyOf(path: string, text: string, context: string): string;
  /** A kept parse, or `undefined`. */
  get(key: string): CachedParse | undefined;
  /** Keep a parse encoded as a record (see parse-record.ts); returns the parse as it will be handed out again. */
  put(key: string, record: Uint8Array): CachedParse;
}

/** The key of a file's parse: a hash of everything the parse depends on. */
export function parseKey(path: string, text: string, context: string): string {
  return createHash('sha256').update(context).update('\0').update(path).update('\0').update(text).digest('base64url');
}

/** A store of records (each `get` decodes a fresh copy); with `objects`, decoded parses are kept frozen in front of it. */
export function parseStore(records: Generations<Uint8Array>, sources: SourceTexts, objects?: Generations<CachedParse>): ParseStore {
  // In memory, the entries and their trees are shared by every update: frozen.
  const decode = (record: Uint8Array) => (objects ? deepFreeze(decodeRecord(record, deepFreeze)) : decodeRecord(record));
  const keep = (key: string, value: CachedParse) => (objects?.set(key, value), value);
  return {
    keyOf: (path, text, context) => sources.parseKey(path, text, context),
    get(key) {
      const kept = objects?.get(key);
      if (kept) return kept;
      const record = records.get(key);
      try {
        return record && keep(key, decode(record));
      } catch {
        return undefined; // a damaged record: the file is parsed again
      }
    },
    put(key, record) {
      records.set(key, record);
      return keep(key, decode(record));
    },
  };
}

/** Freeze an object and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    for (const key of Reflect.ownKeys(next)) pending.push((next as Record<PropertyKey, unknown>)[key]);
    Object.freeze(next);
  }
  return value;
}

/*
 * The file: MAGIC, the code fingerprint and a newline, a u32 count, then per
 * record its key's byte length (u8), the key (ASCII) and the record's byte
 * length (u32), then the records one after the other. Numbers are
 * little-endian.
 */
const MAGIC = 'logbook parse cache 2\n';

export function recordsFormat(fingerprint: string): FileFormat<Uint8Array> {
  const start = `${MAGIC}${fingerprint}\n`;
  return {
    write(records) {
      let size = start.length + 4;
      for (const key of records.keys()) size += 1 + key.length + 4;
      const out = Buffer.allocUnsafe(size);
      let at = out.write(start, 0, 'latin1');
      at = out.writeUInt32LE(records.size, at);
      for (const [key, record] of records) {
        at = out.writeUInt8(key.length, at);
        at += out.write(key, at, 'latin1');
        at = out.writeUInt32LE(record.byteLength, at);
      }
      return [out, ...records.values()];
    },
    read(bytes) {
      if (bytes.length < start.length + 4 || bytes.toString('latin1', 0, start.length) !== start) return undefined;
      // Reading past the end (a damaged file) throws, and counts as no file.
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
        if (at + length > bytes.length) return undefined;
        records.set(key, bytes.subarray(at, at + length));
        at += length;
      }
      return at === bytes.length ? records : undefined;
    },
  };
}

interface Seen {
  text: string;
  /** The parse key, and the context it was made with. */
  key?: { context: string; value: string };
  hash?: string;
}

export class SourceTexts {
  readonly #seen = new Generations<Seen>();

  /** The parse key of a file's text (noting the text). */
  parseKey(path: string, text: string, context: string): string {
    let seen = this.#seen.get(path);
    if (seen?.text !== text) {
      seen = { text };
      this.#seen.set(path, seen);
    }
    if (seen.key?.context !== context) seen.key = { context, value: parseKey(path, text, context) };
    return seen.key.value;
  }

  /** The hash of the text last seen at `path`, if any. */
  get(path: string): string | undefined {
    const seen = this.#seen.get(path);
    if (seen === undefined) return undefined;
    seen.hash ??= createHash('sha1').update(path).update('\0').update(seen.text).digest('base64url');
    return seen.hash;
  }

  /** Forget files not seen since the last call. */
  prune(): void {
    this.#seen.prune();
  }
}
