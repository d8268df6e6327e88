/**
 * One file's parse as bytes: the record the parse cache stores and a parse
 * worker hands back. Most of a parse is Markdown trees, and `logbook check`
 * reads few of them (a goal's sections, a week's reasons), so a record is
 * two parts: a small head (the entry without its trees, and the findings),
 * decoded at once, and a body (every tree of the entry, serialised together
 * so that nodes shared between them stay shared), decoded the first time
 * one of its trees is read. Decoded, the entry looks and behaves like the
 * one that was encoded: each tree is a property that, when first read,
 * becomes an ordinary data property.
 *
 * Layout: u32 (little-endian) byte length of the head, the head, the body;
 * head and body are `v8.serialize`d.
 */
import { deserialize, serialize } from 'node:v8';
import type { Entry, Place } from '../model/types.js';
import type { RuleId, Severity } from '../findings/finding.js';

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

/** A property path inside the entry (keys and array indexes). */
type Path = (string | number)[];

interface Head {
  entry: Entry | undefined;
  findings: CachedFinding[];
  /** Where the entry's trees were taken out, in the order of the body's array. */
  trees: Path[];
}

/** Whether a value is an mdast node (the model's own objects never have a `type`). */
function isNode(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string';
}

/** Whether a value is a tree: a node, or a non-empty list of nodes. */
function isTree(value: unknown): boolean {
  return isNode(value) || (Array.isArray(value) && value.length > 0 && value.every(isNode));
}

/** The paths of every tree in a value, not looking inside trees. */
function findTrees(value: unknown, path: Path, found: Path[]): void {
  if (typeof value !== 'object' || value === null) return;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, child] of entries) {
    if (isTree(child)) found.push([...path, key]);
    else findTrees(child, [...path, key], found);
  }
}

function holderOf(root: object, path: Path): Record<string | number, unknown> {
  let holder = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  return holder;
}

/** Encode a parse (a copy: later changes to the entry are not kept). */
export function encodeRecord({ entry, findings }: CachedParse): Buffer {
  const trees: Path[] = [];
  findTrees(entry, [], trees);
  const bodyValues = trees.map((path) => holderOf(entry!, path)[path.at(-1)!]);
  // The head is the entry with its trees left out (null), found again by path.
  const shallow = trees.length === 0 ? entry : cloneWithout(entry!, trees);
  const head = serialize({ entry: shallow, findings, trees } satisfies Head);
  const body = serialize(bodyValues);
  const record = Buffer.allocUnsafe(4 + head.length + body.length);
  record.writeUInt32LE(head.length, 0);
  head.copy(record, 4);
  body.copy(record, 4 + head.length);
  return record;
}

/** A copy of the entry's objects along the tree paths, with the trees set to null (the rest is shared, and only read). */
function cloneWithout(entry: Entry, trees: Path[]): Entry {
  const copy = { ...entry } as unknown as Record<string | number, unknown>;
  for (const path of trees) {
    let holder = copy;
    for (const key of path.slice(0, -1)) {
      const inner = holder[key] as object;
      const cloned = Array.isArray(inner) ? [...inner] : { ...inner };
      holder[key] = cloned;
      holder = cloned as Record<string | number, unknown>;
    }
    holder[path.at(-1)!] = null;
  }
  return copy as unknown as Entry;
}

/** Decode a record: a fresh copy each time, its trees decoded when first read. */
export function decodeRecord(record: Uint8Array): CachedParse {
  const view = Buffer.from(record.buffer, record.byteOffset, record.byteLength);
  const headLength = view.readUInt32LE(0);
  const head = deserialize(view.subarray(4, 4 + headLength)) as Head;
  const { entry, findings, trees } = head;
  if (entry && trees.length > 0) {
    const bodyBytes = view.subarray(4 + headLength);
    let body: unknown[] | undefined;
    const load = () => (body ??= deserialize(bodyBytes) as unknown[]);
    trees.forEach((path, index) => {
      const holder = holderOf(entry, path);
      const key = path.at(-1)!;
      const settle = (value: unknown) => Object.defineProperty(holder, key, { value, writable: true, enumerable: true, configurable: true });
      Object.defineProperty(holder, key, {
        get() {
          const value = load()[index];
          settle(value);
          return value;
        },
        set: settle,
        enumerable: true,
        configurable: true,
      });
    });
  }
  return { entry, findings };
}
