/**
 * One file's parse as bytes: the record the parse store keeps and a parse
 * worker hands back. Most of a parse is the Markdown tree, and `logbook
 * check` reads few trees, so a record is two parts: a head (the entry,
 * which is plain data, and the findings), decoded at once, and a body (the
 * entry's tree), decoded on the entry's first `treeOf` (model/trees.ts).
 *
 * Layout: u32 (little-endian) byte length of the head, the head, the body;
 * head and body are `v8.serialize`d.
 */
import { deserialize, serialize } from 'node:v8';
import type { Root } from 'mdast';
import type { RuleId, Severity } from '../findings/finding.js';
import { attachTree, treeOf } from '../model/trees.js';
import type { Entry, Place } from '../model/types.js';

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

/** Encode a parse (a copy: later changes to the entry are not kept). */
export function encodeRecord({ entry, findings }: CachedParse): Buffer {
  const head = serialize({ entry, findings } satisfies CachedParse);
  const body = entry ? serialize(treeOf(entry)) : Buffer.alloc(0);
  const record = Buffer.allocUnsafe(4 + head.length + body.length);
  record.writeUInt32LE(head.length, 0);
  head.copy(record, 4);
  body.copy(record, 4 + head.length);
  return record;
}

/** Decode a record: a fresh copy each time, its tree decoded (then given to `settle`, e.g. to freeze it) when first asked for. */
export function decodeRecord(record: Uint8Array, settle: (tree: Root) => Root = (tree) => tree): CachedParse {
  const view = Buffer.from(record.buffer, record.byteOffset, record.byteLength);
  const headLength = view.readUInt32LE(0);
  const { entry, findings } = deserialize(view.subarray(4, 4 + headLength)) as CachedParse;
  if (entry) {
    const body = view.subarray(4 + headLength);
    attachTree(entry, () => settle(deserialize(body) as Root));
  }
  return { entry, findings };
}
