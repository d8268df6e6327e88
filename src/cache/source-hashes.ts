/**
 * A short hash of each Markdown file's exact text, by content path: what
 * caches of work done on a file's parsed tree (its rendered HTML) are keyed
 * by, instead of the much larger tree.
 */
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';

/** Content path → hash of the file's text. */
export type SourceHashes = ReadonlyMap<string, string>;

/** Hash the text of every file that has a content path. */
export function hashSources(files: Iterable<VFile>): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of files) {
    const path = file.data.contentPath;
    if (path === undefined) continue;
    hashes.set(path, createHash('sha1').update(path).update('\0').update(String(file.value)).digest('base64url'));
  }
  return hashes;
}
