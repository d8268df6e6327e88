/**
 * The edge where the journal comes in: walk the content folder, read each
 * file once, decode it as UTF-8, and hand back vfiles. Symbolic links are
 * followed only to files of the journal itself: never out of the folder,
 * into `private/` or to a hidden file (a link to private or draft Markdown
 * is refused once its front matter is read, in parse-journal.ts). Names
 * that no web address can carry, unreadable and binary files get a finding
 * instead of a crash, and are left out.
 */
import { readFileSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { VFile } from 'vfile';
import { report } from '../findings/finding.js';
import { isAssetMarkdown, isPrivatePath } from '../model/content-paths.js';
import type { ContentPath } from '../model/types.js';
import { describeCharacter, findControlCharacters } from '../util/control-characters.js';

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
  /** Every readable Markdown file (Markdown under `assets/` included: its front matter decides whether it is copied). */
  markdown: VFile[];
  /** Files copied as they are (`assets/**`), Markdown left out. */
  assets: ContentPath[];
  /** Files that could not be used, each with its finding. */
  rejected: VFile[];
  /** The symbolic links followed, each to the content path of the file it leads to. */
  links: Map<ContentPath, ContentPath>;
  /** A new vfile for a content path (to report on an asset), its path as in every other finding. */
  fileFor(contentPath: ContentPath): VFile;
}

/** Raised for a content folder that cannot be read at all (exit code 2). */
export class ContentError extends Error {
  override name = 'ContentError';
}

export interface ReadOptions {
  /** Where file paths in findings are relative to (usually the working directory). */
  cwd: string;
  /** Reads one file's bytes (default: from disk); serve answers unchanged files from what it read before. */
  readFile?: FileReader;
}

/** Reads a file of the content folder; `link` says the path is a symbolic link (whose target may change unseen). */
export type FileReader = (path: { contentPath: ContentPath; absolute: string; link: boolean }) => Uint8Array | Promise<Uint8Array>;

/** A backslash separates folders on Windows: a name holding one is a `file/name` error. */
const BACKSLASH = /\\/;

/**
 * What keeps a name out of a working web address (`file/unsafe-name`; the
 * file is left out): `?` starts the query, `#` the anchor, `%` an escape,
 * control characters cannot be typed into a link, and a folder or file
 * name ending in a dot or a space loses it on Windows and on some hosts.
 */
const UNSAFE_PARTS: { test: (segment: string) => boolean; what: string }[] = [
  { test: (segment) => /[\u0000-\u001f\u007f-\u009f]/.test(segment), what: 'a control character (a tab, a line break, …), which no link can hold' },
  { test: (segment) => segment.includes('?'), what: '`?`, which starts the query part of a web address' },
  { test: (segment) => segment.includes('#'), what: '`#`, which starts the anchor part of a web address' },
  { test: (segment) => segment.includes('%'), what: '`%`, which starts an escape code in a web address' },
  { test: (segment) => /[. ]$/.test(segment), what: 'a name ending in a dot or a space, which Windows and some web hosts drop' },
];

/** Why a used file's path cannot be part of a working URL, if it cannot. */
function unsafeName(path: string): string | undefined {
  const segments = path.split('/');
  // A page's address is its name without `.md`: `about..md` becomes `/about./`.
  if (path.endsWith('.md') && !path.startsWith('assets/')) segments.push(segments.at(-1)!.slice(0, -'.md'.length));
  return UNSAFE_PARTS.find((part) => segments.some(part.test))?.what;
}

/** Whether logbook reads or publishes a file: Markdown, `journal.yml` and assets (anything else is ignored). */
function isUsed(path: string): boolean {
  return path.endsWith('.md') || path === 'journal.yml' || path.startsWith('assets/');
}

const SKIPPED_NAMES = new Set(['node_modules', '.git', '.obsidian', '.DS_Store', 'Thumbs.db']);

/** Whether a file or folder of this name is left out of the journal (and so need not be watched). */
export function isSkippedName(name: string): boolean {
  return SKIPPED_NAMES.has(name) || name.startsWith('.');
}

/** Read a content folder. */
export async function readContent(contentDir: string, { cwd, readFile: read = readFromDisk }: ReadOptions): Promise<ContentFiles> {
  let root: string;
  try {
    root = await realpath(contentDir);
    if (!(await stat(root)).isDirectory()) throw new ContentError(`${contentDir} is not a folder.`);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(`Cannot read the content folder ${contentDir}: it does not exist or is not readable.`, { cause: error });
  }

  const result: ContentFiles = { root, markdown: [], assets: [], rejected: [], links: new Map(), fileFor: (path) => vfileFor(path) };
  // Where the folder is, seen from cwd: when it is cwd or inside it, a file's path is that plus
  // its content path (the same as `relative` gives, without its cost per file).
  const base = relative(cwd, contentDir);
  const inside = !isAbsolute(base) && base !== '..' && !base.startsWith(`..${sep}`);
  const vfileFor = (contentPath: ContentPath, value?: string) => {
    const path = inside ? join(base, contentPath) : relative(cwd, join(contentDir, contentPath)) || contentPath;
    const file = new VFile({ path, value, cwd });
    file.data.contentPath = contentPath;
    return file;
  };

  const found = await walk(root, root);
  for (const outside of found.outside) {
    const file = vfileFor(outside);
    report(file, {
      rule: 'file/outside-link',
      message: 'This is a link to something outside the content folder; logbook does not follow it, so it is left out of the site.',
    });
    result.rejected.push(file);
  }

  // A link is followed only to a file the journal itself holds (not hidden), outside `private/`
  // unless the link is in there too: a link must not publish what its target would not.
  const linkedFiles = new Set(found.links.keys());
  const ownFiles = new Set(found.files.filter((path) => !linkedFiles.has(path)));
  const refused = new Set<string>();
  for (const [link, { target, folder }] of [...found.links, ...found.folderLinks]) {
    if (isPrivatePath(link)) {
      if (!folder) result.links.set(link as ContentPath, target as ContentPath);
      continue;
    }
    let message: string | undefined;
    if (isPrivatePath(target)) {
      message = `This is a link to ${target === 'private' ? 'the private/ folder' : `${target}, inside private/`}, which is never published: logbook does not follow it, so it is left out of the site. Move what you mean to publish out of private/, or remove the link.`;
    } else if (!folder && !ownFiles.has(target)) {
      message = `This is a link to ${target}, a file logbook skips (hidden, or in a folder such as node_modules) and so not part of the journal: logbook does not follow it, so it is left out of the site.`;
    }
    if (message === undefined) {
      if (!folder) result.links.set(link as ContentPath, target as ContentPath);
      continue;
    }
    const file = vfileFor(link as ContentPath);
    report(file, { rule: 'file/private-link', message });
    result.rejected.push(file);
    refused.add(link);
  }

  const usable: string[] = [];
  for (const path of found.files) {
    if (refused.has(path)) continue;
    if (BACKSLASH.test(path)) {
      const file = vfileFor(path as ContentPath);
      report(file, {
        rule: 'file/name',
        message: 'This name holds a backslash, which separates folders on Windows (the journal cannot be checked out there) and cannot be part of a web address: rename it.',
      });
      result.rejected.push(file);
      continue;
    }
    const unsafe = isUsed(path) ? unsafeName(path) : undefined;
    if (unsafe === undefined) {
      usable.push(path);
      continue;
    }
    const page = path.endsWith('.md') && !path.startsWith('assets/');
    const file = vfileFor(path as ContentPath);
    report(file, {
      rule: 'file/unsafe-name',
      message: `This name (or the name of a folder it is in) holds ${unsafe}: rename it. Until then ${page ? 'this page is not built' : 'this file is not copied to the site'}, since no link could reach it.`,
    });
    result.rejected.push(file);
  }
  const texts = usable.filter((path) => path.endsWith('.md') || path === 'journal.yml' || isAssetMarkdown(path));
  result.assets = usable.filter((path) => path.startsWith('assets/') && !isAssetMarkdown(path)) as ContentPath[];

  // Read one after the other, synchronously where the reader can (the default): for thousands
  // of small files that is several times faster than promises (one thread-pool round trip per
  // open, stat, read and close).
  const decoded: { file: VFile; ok: boolean }[] = [];
  for (const contentPath of texts) {
    const file = vfileFor(contentPath as ContentPath);
    let bytes: Uint8Array;
    try {
      const got = read({ contentPath: contentPath as ContentPath, absolute: join(root, contentPath), link: linkedFiles.has(contentPath) });
      bytes = got instanceof Promise ? await got : got;
    } catch {
      report(file, { rule: 'file/unreadable', message: 'This file could not be read: check its permissions.' });
      decoded.push({ file, ok: false });
      continue;
    }
    const text = decodeText(bytes);
    if (typeof text !== 'string') {
      report(file, { rule: 'file/encoding', place: text.place, message: text.message });
      decoded.push({ file, ok: false });
      continue;
    }
    file.value = text;
    reportControlCharacters(file, text);
    decoded.push({ file, ok: true });
  }

  for (const { file, ok } of decoded) {
    if (!ok) result.rejected.push(file);
    else if (file.data.contentPath === 'journal.yml') result.config = file;
    else result.markdown.push(file);
  }
  return result;
}

/** How many stray control characters are reported in one file (the rest are counted in the last message). */
const CONTROL_LIMIT = 20;

/** A finding at each control character (ESC, vertical tab, C1 codes…): invisible, and they break the feed and sitemap. */
function reportControlCharacters(file: VFile, text: string): void {
  const found = findControlCharacters(text, CONTROL_LIMIT + 1);
  for (const [index, { line, column, code }] of found.slice(0, CONTROL_LIMIT).entries()) {
    const more = index === CONTROL_LIMIT - 1 && found.length > CONTROL_LIMIT ? ' There are more after this one.' : '';
    report(file, {
      rule: 'text/control-character',
      place: { line, column },
      message: `This text holds the invisible control character ${describeCharacter(code)}, which has no place in a journal (it breaks the feed and the sitemap): delete it.${more}`,
    });
  }
}

interface Link {
  /** The content path the link resolves to (all links on the way followed). */
  target: string;
  folder: boolean;
}

interface Walked {
  files: string[];
  outside: ContentPath[];
  /** The files among `files` reached through a symbolic link. */
  links: Map<string, Link>;
  /** Links to folders inside (never followed). */
  folderLinks: Map<string, Link>;
}

const readFromDisk: FileReader = ({ absolute }) => readFileSync(absolute);

/** List files under a folder, following links to files only while they stay inside the root. */
async function walk(root: string, dir: string): Promise<Walked> {
  const result: Walked = { files: [], outside: [], links: new Map(), folderLinks: new Map() };
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isSkippedName(entry.name)) continue;
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
      const link = { target: relative(root, target).split(sep).join('/'), folder: info.isDirectory() };
      // A link to a folder inside is not followed: that folder is read under its own name,
      // and following it could loop or publish the same pages twice.
      if (link.folder) {
        result.folderLinks.set(contentPath, link);
        continue;
      }
      isFile = info.isFile();
      if (isFile) result.links.set(contentPath, link);
    }
    if (isDirectory) {
      const inner = await walk(root, full);
      result.files.push(...inner.files);
      result.outside.push(...inner.outside);
      for (const [path, link] of inner.links) result.links.set(path, link);
      for (const [path, link] of inner.folderLinks) result.folderLinks.set(path, link);
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

/** The line and column (in characters) of a byte; CR, LF and CRLF each end a line, as in the Markdown parser. */
function placeOfByte(bytes: Uint8Array, index: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const isEnd = bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a);
    if (isEnd) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, index));
  return { line, column: [...before].length + 1 };
}

/** The index of the first byte that does not start a well-formed UTF-8 character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return i;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}
