/**
 * A file's identity on disk, `inode:size:mtime` (nanoseconds): any write to
 * the file changes it, and so does replacing the file. What lets a build
 * trust that a file of the previous output is still what it wrote, without
 * reading it.
 */
import { statSync } from 'node:fs';

/** The identity of the file at `path`, or `undefined` when it is missing or not a file. */
export function fileIdentity(path: string): string | undefined {
  try {
    const stats = statSync(path, { bigint: true });
    return stats.isFile() ? `${stats.ino}:${stats.size}:${stats.mtimeNs}` : undefined;
  } catch {
    return undefined;
  }
}
