/**
 * Where the commands keep their cache: `node_modules/.cache/logbook` in the
 * working directory, the usual place for tools' caches, safe to delete. A
 * folder without `node_modules` (not an installed project) gets no cache,
 * so logbook never leaves a new folder behind there.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** The cache folder for a working directory, or `undefined` when it has no `node_modules`. */
export function cacheDirFor(cwd: string): string | undefined {
  const modules = join(cwd, 'node_modules');
  try {
    return statSync(modules).isDirectory() ? join(modules, '.cache', 'logbook') : undefined;
  } catch {
    return undefined;
  }
}
