/**
 * The parse cache of one `serve` session: parsed entries kept as objects,
 * so a save costs the parse of the saved file and nothing for the others
 * (no serialise/deserialise round trip per file and per save). Every
 * cached parse is deep-frozen, so the entry handed out again on the next
 * save is the one parsed: a later stage that tried to change it would
 * throw instead of corrupting the preview. A persistent cache behind it
 * (the one `build` and `check` use) is read on a miss and written through,
 * and saved to disk only when the session asks (not on every save).
 */
import type { CachedParse, ParseCache } from '../cache/parse-cache.js';
import { decodeRecord } from '../cache/parse-record.js';

export interface SessionParseCache extends ParseCache {
  /** Forget the parses no load has asked for since the last call (old versions of edited files). */
  prune(): void;
  /** Write the persistent cache behind this one, if any. */
  persist(): Promise<void>;
}

/** A session cache, in front of `backing` when given. */
export function sessionParseCache(backing?: ParseCache): SessionParseCache {
  let parses = new Map<string, CachedParse>();
  let used = new Map<string, CachedParse>();
  // Each path's last key, handed out again while its text is the same: comparing the text is much
  // cheaper than hashing it (or a long key made of it) again on every load.
  let keys = new Map<string, LastKey>();
  let keysUsed = new Map<string, LastKey>();
  const remember = (key: string, value: CachedParse) => {
    used.set(key, value);
    return value;
  };
  return {
    keyOf(path, text, context) {
      const last = keysUsed.get(path) ?? keys.get(path);
      const key = last && last.text === text && last.context === context ? last.key : backing ? backing.keyOf(path, text, context) : keyOf(path, text, context);
      keysUsed.set(path, { text, context, key });
      return key;
    },
    get(key) {
      const kept = used.get(key) ?? parses.get(key);
      if (kept) return remember(key, kept);
      const stored = backing?.get(key);
      return stored ? remember(key, deepFreeze(stored)) : undefined;
    },
    set(key, value) {
      backing?.set(key, value);
      remember(key, deepFreeze(value));
    },
    setRecord(key, record) {
      backing?.setRecord(key, record);
      remember(key, deepFreeze(decodeRecord(record)));
    },
    async save() {
      // Saved by `persist`, when the session chooses: not on every load.
    },
    prune() {
      parses = used;
      used = new Map();
      keys = keysUsed;
      keysUsed = new Map();
    },
    async persist() {
      await backing?.save();
    },
  };
}

interface LastKey {
  text: string;
  context: string;
  key: string;
}

function keyOf(path: string, text: string, context: string): string {
  // Only this process reads these keys: any exact, collision-free join of the parts will do.
  return `${context.length}:${context}\0${path.length}:${path}\0${text}`;
}

/** Freeze an object and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    // Read every property first: a cached entry's trees are decoded when first read (parse-record.ts),
    // which turns them into plain properties, and a frozen object could not take that change.
    for (const key of Reflect.ownKeys(next)) pending.push((next as Record<PropertyKey, unknown>)[key]);
    Object.freeze(next);
  }
  return value;
}
