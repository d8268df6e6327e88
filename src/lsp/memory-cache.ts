/**
 * The parse cache of one language-server session: each file's parse kept
 * as an object in memory, so a keystroke costs the parse of the edited file
 * only. Parses that the last check did not ask for (older versions of an
 * edited file, removed files) are dropped after each check.
 */
import type { CachedParse, ParseCache } from '../cache/parse-cache.js';
import { decodeRecord } from '../cache/parse-record.js';

export interface MemoryParseCache extends ParseCache {
  /** Forget every parse the last check did not use. */
  prune(): void;
}

export function memoryParseCache(): MemoryParseCache {
  let kept = new Map<string, CachedParse>();
  let used = new Map<string, CachedParse>();
  // The last text of each path and its key: comparing the text is cheaper than building the key again.
  let keys = new Map<string, { text: string; context: string; key: string }>();
  let keysUsed = new Map<string, { text: string; context: string; key: string }>();
  return {
    keyOf(path, text, context) {
      const last = keysUsed.get(path) ?? keys.get(path);
      const key = last && last.text === text && last.context === context ? last.key : `${context.length}:${context}\0${path.length}:${path}\0${text}`;
      keysUsed.set(path, { text, context, key });
      return key;
    },
    get(key) {
      const value = used.get(key) ?? kept.get(key);
      if (value) used.set(key, value);
      return value;
    },
    set(key, value) {
      used.set(key, value);
    },
    setRecord(key, record) {
      used.set(key, decodeRecord(record));
    },
    async save() {
      // Nothing to write: the cache lives as long as the session.
    },
    prune() {
      kept = used;
      used = new Map();
      keys = keysUsed;
      keysUsed = new Map();
    },
  };
}
