/**
 * Node's module compile cache (Node 22.1 and later): V8 keeps the compiled
 * code of every module it loads in a folder, so the next start compiles
 * nothing again. Enabled by bin/logbook.js before it loads anything else.
 *
 * The folder is logbook's own, beside its cache of earlier runs:
 * `node_modules/.cache/logbook/compile-cache` in the node_modules folder
 * logbook is installed with (never a folder shared with other users, such
 * as Node's default under the system's temporary folder). Without such a
 * node_modules folder there is no cache. `NODE_COMPILE_CACHE=dir` chooses
 * another folder and `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as for
 * any Node program. On Node 20 (no compile cache) this does nothing, and
 * a folder that cannot be made or written never stops a command: the
 * cache only ever saves time.
 */
import { existsSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of `node:module` that Node 20's types lack. */
interface CompileCacheApi {
  enableCompileCache?: (directory?: string) => { status: number; directory?: string; message?: string };
  getCompileCacheDir?: () => string | undefined;
}

/** logbook's package folder (the parent of dist/ and src/). */
const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The node_modules folder logbook's dependencies are installed in: its own
 * (a clone of the repository) or the one it is installed into.
 */
export function nodeModulesOf(packageDir: string): string | undefined {
  const own = join(packageDir, 'node_modules');
  if (existsSync(own)) return own;
  const parent = dirname(packageDir);
  if (basename(parent) === 'node_modules') return parent;
  if (basename(dirname(parent)) === 'node_modules' && basename(parent).startsWith('@')) return dirname(parent);
  return undefined;
}

/**
 * Turn the compile cache on for this process and the worker threads it
 * starts; returns the folder in use, or undefined when there is none.
 */
export function enableCompileCache({ packageDir = PACKAGE_DIR, api = module as CompileCacheApi, env = process.env } = {}): string | undefined {
  try {
    if (typeof api.enableCompileCache !== 'function' || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
    // Set by whoever started us: Node has already turned it on in that folder.
    const chosen = env.NODE_COMPILE_CACHE ? undefined : nodeModulesOf(packageDir);
    if (!env.NODE_COMPILE_CACHE && chosen === undefined) return undefined;
    let directory: string | undefined;
    if (chosen !== undefined) {
      directory = join(chosen, '.cache', 'logbook', 'compile-cache');
      mkdirSync(directory, { recursive: true });
    }
    const result = api.enableCompileCache(directory);
    if (result.directory === undefined) return undefined;
    // Worker threads (the parse pool, the search index) start their own Node instance, which reads this.
    if (directory !== undefined) env.NODE_COMPILE_CACHE = directory;
    return result.directory;
  } catch {
    // A read-only or missing folder: run without the cache.
    return undefined;
  }
}
