/**
 * The example journal the repository ships in `content/`, known by the path
 * and SHA-256 of each of its files (example-manifest.json, written by
 * scripts/example-manifest.mjs). `logbook init` replaces a folder only when it
 * holds exactly these files, unchanged: anything else is the learner's.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import manifest from './example-manifest.json' with { type: 'json' };

export interface ManifestFile {
  /** Relative to the content folder, with forward slashes. */
  path: string;
  sha256: string;
}

export const EXAMPLE_FILES: readonly ManifestFile[] = manifest.files;

/** Files the operating system leaves in folders on its own; they neither count nor get removed. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db']);

/** SHA-256 of a file's bytes, CRLF line ends read as LF (a Windows checkout of the example is still the example). */
export function exampleHash(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1').replace(/\r\n/g, '\n');
  return createHash('sha256').update(Buffer.from(text, 'latin1')).digest('hex');
}

/** What a folder holds, as far as `init` cares. */
export type FolderState =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'example' }
  /** Not the example: `path` is the first entry (in sorted order) that differs, `why` says how (extra or changed files first). */
  | { kind: 'other'; path: string; why: 'extra' | 'changed' | 'missing' | 'not-a-folder' };

/** Compare a folder with the example journal; reads it, never follows a symbolic link, never writes. */
export async function inspectFolder(dir: string, files: readonly ManifestFile[] = EXAMPLE_FILES): Promise<FolderState> {
  let stats;
  try {
    stats = await lstat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (!stats.isDirectory()) return { kind: 'other', path: '', why: 'not-a-folder' };

  const found = new Map<string, 'file' | 'folder' | 'other'>();
  await list(dir, '', found);
  if (found.size === 0) return { kind: 'empty' };

  const expected = new Map(files.map((file) => [file.path, file.sha256]));
  const folders = new Set(files.flatMap((file) => parents(file.path)));
  // What the folder holds that the example does not comes first: it names the learner's own files.
  for (const [path, kind] of [...found].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const hash = expected.get(path);
    if (kind === 'folder' && folders.has(path)) continue;
    if (kind !== 'file' || hash === undefined) return { kind: 'other', path, why: 'extra' };
    if (exampleHash(await readFile(join(dir, path))) !== hash) return { kind: 'other', path, why: 'changed' };
  }
  const missing = files.find((file) => !found.has(file.path));
  if (missing) return { kind: 'other', path: missing.path, why: 'missing' };
  return { kind: 'example' };
}

/** Every entry under `dir`, by relative path; system files left out. */
async function list(dir: string, prefix: string, found: Map<string, 'file' | 'folder' | 'other'>): Promise<void> {
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    if (SYSTEM_FILES.has(entry.name)) continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      found.set(path, 'folder');
      await list(dir, path, found);
    } else {
      found.set(path, entry.isFile() ? 'file' : 'other');
    }
  }
}

/** `a/b/c.md` → `a`, `a/b`. */
function parents(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/** The example's folders, deepest first: removed after its files when they are left empty. */
export function exampleFolders(files: readonly ManifestFile[] = EXAMPLE_FILES): string[] {
  return [...new Set(files.flatMap((file) => parents(file.path)))].sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? 1 : -1));
}
