/**
 * Helpers for hostile journals: write a content folder (text, raw bytes and
 * symbolic links) into a temporary directory, fingerprint a folder so a test
 * can prove it was left untouched, and count a text's lines the way the
 * Markdown parser does.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A symbolic link to create instead of a file; `to` is written as is. */
export interface Link {
  link: string;
}

export type FileSpec = string | Uint8Array | Link;

/** Content paths → what to put there. */
export type FolderSpec = Record<string, FileSpec>;

/** A fresh temporary directory. */
export function makeTempDir(prefix = 'logbook-hardening-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Write a folder: strings as UTF-8, bytes as they are, links as links. */
export function writeFolder(root: string, spec: FolderSpec): void {
  mkdirSync(root, { recursive: true });
  for (const [path, content] of Object.entries(spec)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, full);
    else writeFileSync(full, content);
  }
}

/**
 * A hash of everything under a folder: names, kinds, bytes and link targets
 * (links are not followed), and unless `times` is false, modes and
 * modification times too.
 */
export function fingerprint(root: string, { times = true }: { times?: boolean } = {}): string {
  const hash = createHash('sha256');
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const path = `${prefix}${name}`;
      const info = lstatSync(full);
      if (info.isSymbolicLink()) hash.update(`link ${path} -> ${readlinkSync(full)}\n`);
      else if (info.isDirectory()) {
        hash.update(`dir ${path} ${times ? info.mode : ''}\n`);
        walk(full, `${path}/`);
      } else {
        hash.update(`file ${path} ${times ? `${info.mode} ${info.mtimeMs}` : ''} ${info.size}\n`);
        hash.update(readFileSync(full));
      }
    }
  };
  walk(root, '');
  return hash.digest('hex');
}

/** Lines of a text as the Markdown parser counts them (CR, LF and CRLF all end a line). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}
