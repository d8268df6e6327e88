/**
 * The edge where the journal comes in: walk the content folder, read each
 * file once, decode it as UTF-8, and hand back vfiles. Links that lead
 * outside the folder are never followed; unreadable or binary files get a
 * finding instead of a crash.
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { VFile } from 'vfile';
import { report } from '../findings/finding.js';
import type { ContentPath } from '../model/types.js';

declare module 'vfile' {
  interface DataMap {
    /** The file's path relative to the content folder, with forward slashes. */
    contentPath: ContentPath;
  }
}

export interface ContentFiles {
  /** Absolute path of the content folder. */
  root: string;
  /** `journal.yml`, when present. */
  config?: VFile;
  /** Every readable Markdown file. */
  markdown: VFile[];
  /** Files copied as they are (`assets/**`). */
  assets: ContentPath[];
  /** Files that could not be used, each with its finding. */
  rejected: VFile[];
}

/** Raised for a content folder that cannot be read at all (exit code 2). */
export class ContentError extends Error {
  override name = 'ContentError';
}

export interface ReadOptions {
  /** Where file paths in findings are relative to (usually the working directory). */
  cwd: string;
}

const SKIPPED_NAMES = new Set(['node_modules', '.git', '.obsidian', '.DS_Store', 'Thumbs.db']);

/** Read a content folder. */
export async function readContent(contentDir: string, { cwd }: ReadOptions): Promise<ContentFiles> {
  let root: string;
  try {
    root = await realpath(contentDir);
    if (!(await stat(root)).isDirectory()) throw new ContentError(`${contentDir} is not a folder.`);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(`Cannot read the content folder ${contentDir}: it does not exist or is not readable.`, { cause: error });
  }

  const result: ContentFiles = { root, markdown: [], assets: [], rejected: [] };
  const vfileFor = (contentPath: ContentPath, value?: string) => {
    const file = new VFile({ path: relative(cwd, join(contentDir, contentPath)) || contentPath, value, cwd });
    file.data.contentPath = contentPath;
    return file;
  };

  const found = await walk(root, root, new Set([root]));
  for (const outside of found.outside) {
    const file = vfileFor(outside);
    report(file, {
      rule: 'file/outside-link',
      message: 'This is a link to something outside the content folder; logbook does not follow it, so it is left out of the site.',
    });
    result.rejected.push(file);
  }

  const texts = found.files.filter((path) => path.endsWith('.md') || path === 'journal.yml');
  result.assets = found.files.filter((path) => path.startsWith('assets/')) as ContentPath[];

  const decoded = await mapLimit(texts, 32, async (contentPath) => {
    const file = vfileFor(contentPath as ContentPath);
    let bytes: Buffer;
    try {
      bytes = await readFile(join(root, contentPath));
    } catch {
      report(file, { rule: 'file/unreadable', message: 'This file could not be read: check its permissions.' });
      return { file, ok: false };
    }
    const text = decodeText(bytes);
    if (typeof text !== 'string') {
      report(file, { rule: 'file/encoding', place: text.place, message: text.message });
      return { file, ok: false };
    }
    file.value = text;
    return { file, ok: true };
  });

  for (const { file, ok } of decoded) {
    if (!ok) result.rejected.push(file);
    else if (file.data.contentPath === 'journal.yml') result.config = file;
    else result.markdown.push(file);
  }
  return result;
}

interface Walked {
  files: string[];
  outside: ContentPath[];
}

/** List files under a folder, following links only while they stay inside the root. */
async function walk(root: string, dir: string, seen: Set<string>): Promise<Walked> {
  const result: Walked = { files: [], outside: [] };
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (SKIPPED_NAMES.has(entry.name) || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    const contentPath = relative(root, full).split(sep).join('/');
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(full);
      } catch {
        continue; // a dangling link: nothing to read
      }
      if (target !== root && !target.startsWith(root + sep)) {
        result.outside.push(contentPath as ContentPath);
        continue;
      }
      const info = await lstat(target);
      isDirectory = info.isDirectory();
      isFile = info.isFile();
      if (isDirectory && seen.has(target)) continue;
      if (isDirectory) seen.add(target);
    }
    if (isDirectory) {
      const inner = await walk(root, full, seen);
      result.files.push(...inner.files);
      result.outside.push(...inner.outside);
    } else if (isFile) {
      result.files.push(contentPath);
    }
  }
  return result;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decode UTF-8 text (BOM removed), or say why it is not text. */
export function decodeText(bytes: Uint8Array): string | { message: string; place: { line: number; column: number } } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { message: 'This file is saved as UTF-16: save it as UTF-8 instead.', place: { line: 1, column: 1 } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      message: 'This file holds a NUL byte, so it is not text (a binary file named .md?): remove it or save it as plain UTF-8 text.',
      place: placeOfByte(bytes, nul),
    };
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { message: 'This file is not valid UTF-8 text: save it as UTF-8 in your editor.', place: placeOfByte(bytes, bad) };
  }
}

function placeOfByte(bytes: Uint8Array, index: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Binary search on the longest valid prefix (a prefix may end inside a character, so step back up to 3 bytes).
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    let valid = false;
    for (let back = 0; back < 4 && middle - back >= 0; back++) {
      try {
        utf8.decode(bytes.subarray(0, middle - back));
        valid = true;
        break;
      } catch {
        // try a shorter prefix
      }
    }
    if (valid) low = middle;
    else high = middle - 1;
  }
  return low;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
