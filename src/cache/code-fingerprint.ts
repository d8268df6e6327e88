/**
 * What "logbook's version" means for a cache: the package version and a
 * hash of every compiled module, so a cache written by other code (an
 * upgrade, a local edit, a rebuild) is never read.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the running code (`dist/` when compiled, `src/` under the test runner). */
const CODE_DIR = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

let memo: Promise<string> | undefined;

/** A hash of the package version and the running code; computed once per process. */
export function codeFingerprint(): Promise<string> {
  memo ??= computeFingerprint();
  return memo;
}

async function computeFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const { version } = JSON.parse(await readFile(PACKAGE_JSON, 'utf8')) as { version: string };
  hash.update(`logbook ${version}\0`);
  const entries = await readdir(CODE_DIR, { recursive: true, withFileTypes: true });
  const modules = entries
    .filter((entry) => entry.isFile() && /\.(?:js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const path of modules) {
    hash.update(`${path.slice(CODE_DIR.length)}\0`);
    // Synchronously: a hundred small files, each read at once rather than in thread-pool round trips.
    hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}
