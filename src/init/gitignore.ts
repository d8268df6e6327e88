/** The `.gitignore` line that keeps a journal's private folder out of git. */
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { PRIVATE_DIR } from '../model/content-paths.js';

/**
 * The pattern for `<contentDir>/private/`, relative to the folder holding
 * `.gitignore`, or undefined when the content folder is not inside it.
 * Characters that mean something to git (`*`, `?`, `[`, `\`, a leading `#` or `!`) are escaped.
 */
export function privateEntry(projectDir: string, contentDir: string): string | undefined {
  const path = relative(projectDir, contentDir);
  if (path.startsWith('..') || isAbsolute(path)) return undefined;
  const posixPath = path.split(sep).filter(Boolean).join('/');
  const escaped = `${posixPath ? `${posixPath}/` : ''}${PRIVATE_DIR}`.replace(/[\\*?[]/g, '\\$&');
  return /^[#!]/.test(escaped) ? `\\${escaped}` : escaped;
}

/** Whether a `.gitignore`'s text already has this entry (with or without a leading `/`). */
export function hasEntry(text: string, entry: string): boolean {
  return text.split(/\r?\n/).some((line) => {
    const trimmed = line.trim();
    return trimmed === entry || trimmed === `/${entry}`;
  });
}

/** Add the entry to `<projectDir>/.gitignore` unless it is there; never removes or changes a line. Returns whether it wrote. */
export async function addGitignoreEntry(projectDir: string, entry: string): Promise<boolean> {
  const path = join(projectDir, '.gitignore');
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (hasEntry(text, entry)) return false;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  await writeFile(path, `${text}${separator}# Your own notes: never committed, never published (logbook init).\n${entry}\n`);
  return true;
}
