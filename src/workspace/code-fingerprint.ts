/**
 * What every cache entry depends on besides its own key: the code that
 * made it. A cache written by other code is never read. "The code" is
 *
 * - logbook: its package version and a hash of every compiled module (an
 *   upgrade, a local edit, a rebuild);
 * - the installed dependencies, every one of them, at their exact versions
 *   (a new sanitiser or Markdown parser gives other HTML): the bytes of npm's
 *   record of what it installed, `node_modules/.package-lock.json` (one
 *   small file, read at once), or, when there is none (another package
 *   manager) or a direct dependency's folder is newer than it (installed by
 *   something other than npm since), each package's `name@version`, found by
 *   walking logbook's dependencies as Node resolves them (a few hundred small
 *   files);
 * - Node's major version (the cache files are V8-serialised).
 *
 * The layouts and journal.yml are part of the keys of the caches that
 * depend on them (see reuse-pages.ts and build-site.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the running code (`dist/` when compiled, `src/` under the test runner). */
const CODE_DIR = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

/** What the fingerprint is made of. */
export interface FingerprintInputs {
  /** logbook's version and a hash of its modules. */
  code: string;
  /** The installed dependencies (see `installedDependencies`). */
  dependencies: string;
  /** Node's major version. */
  node: string;
}

let inputs: Promise<FingerprintInputs> | undefined;
let memo: Promise<string> | undefined;
let replaced: Partial<FingerprintInputs> | undefined;

/** A hash of everything in `FingerprintInputs`; computed once per process. */
export function codeFingerprint(): Promise<string> {
  inputs ??= readInputs();
  memo ??= inputs.then((found) => {
    const { code, dependencies, node } = { ...found, ...replaced };
    return createHash('sha256').update(`${code}\0${dependencies}\0node ${node}`).digest('hex');
  });
  return memo;
}

/** For tests: take some inputs as given (as if the code, the dependencies or Node had changed), until called without. */
export function replaceFingerprintInputs(change?: Partial<FingerprintInputs>): void {
  replaced = change;
  memo = undefined;
}

async function readInputs(): Promise<FingerprintInputs> {
  return { code: await codeHash(), dependencies: installedDependencies(PACKAGE_JSON), node: process.versions.node.split('.')[0]! };
}

async function codeHash(): Promise<string> {
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

interface PackageJson {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * A hash of the dependencies installed for the package whose package.json
 * is given: npm's record of the install, or every reachable `name@version`.
 */
export function installedDependencies(packageJson: string): string {
  const root = dirname(packageJson);
  const names = dependencyNames(readPackage(packageJson));
  const found = names.map((name) => findPackage(root, name)).filter((dir) => dir !== undefined);
  const record = npmRecord(found);
  if (record !== undefined) return `npm ${createHash('sha256').update(record).digest('hex')}`;
  return `packages ${createHash('sha256').update(reachableVersions(root, names).join('\n')).digest('hex')}`;
}

/**
 * npm's record of the install that holds every direct dependency
 * (`.package-lock.json` in the outermost `node_modules` of their paths), or
 * `undefined` when there is none, they lie in several, or one of their
 * folders changed after it was written (npm's own rule for trusting it).
 */
function npmRecord(packageDirs: string[]): Buffer | undefined {
  const records = new Set(packageDirs.map((dir) => outermostModules(dir)));
  if (records.size !== 1) return undefined;
  const [modules] = records;
  if (modules === undefined) return undefined;
  const record = join(modules, '.package-lock.json');
  try {
    const written = statSync(record).mtimeMs;
    if (packageDirs.some((dir) => statSync(dir).mtimeMs > written)) return undefined;
    return readFileSync(record);
  } catch {
    return undefined;
  }
}

/** `/p/node_modules` for `/p/node_modules/a/node_modules/b`, or `undefined` outside any. */
function outermostModules(dir: string): string | undefined {
  const at = `${dir}${sep}`.indexOf(`${sep}node_modules${sep}`);
  return at < 0 ? undefined : dir.slice(0, at + `${sep}node_modules`.length);
}

/** Every package reachable from `names` (resolved from `root`), as sorted `name@version` lines. */
function reachableVersions(root: string, names: string[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  const queue: [from: string, name: string][] = names.map((name) => [root, name]);
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const [from, name] = next;
    const dir = findPackage(from, name);
    // An optional or peer dependency that is not installed.
    if (dir === undefined || seen.has(dir)) continue;
    seen.add(dir);
    const manifest = readPackage(join(dir, 'package.json'));
    lines.push(`${name}@${manifest.version ?? '?'}`);
    for (const dependency of dependencyNames(manifest)) queue.push([dir, dependency]);
  }
  return lines.sort();
}

/**
 * The real folder of package `name` as Node finds it from `from`: in
 * `node_modules` of `from` and of each folder above it.
 */
function findPackage(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (basename(dir) !== 'node_modules') {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function dependencyNames(manifest: PackageJson): string[] {
  return [...new Set([manifest.dependencies, manifest.optionalDependencies, manifest.peerDependencies].flatMap((field) => Object.keys(field ?? {})))].sort();
}

function readPackage(path: string): PackageJson {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
  } catch {
    return {};
  }
}
