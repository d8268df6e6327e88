/**
 * Where the site may be written, and how it replaces the previous one: the
 * build goes into a fresh sibling folder, which is swapped in by renaming
 * only once everything is written, so a failed build leaves the previous
 * output exactly as it was.
 *
 * Only a folder that is missing, empty, or marked as logbook's (a
 * `.logbook-site` file at its root, written by every build) is ever
 * replaced: anything else is refused before anything moves.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, renameSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';

/** An output folder logbook refuses to write (exit code 2). */
export class OutputFolderError extends Error {
  override name = 'OutputFolderError';
}

/** The file at the root of every site logbook writes, saying it may be replaced by the next build. */
export const SITE_MARKER = '.logbook-site';

/** The marker's text: its first word is what is checked. */
export const SITE_MARKER_TEXT = 'logbook-site 1\nWritten by logbook build, which replaces this whole folder at every build.\n';

/**
 * Why logbook may not replace what is at `path`, or `undefined` when it may:
 * nothing there, an empty folder, or a folder with logbook's marker. Links
 * are not followed (a link is refused, whatever it leads to).
 */
export function foreignReason(path: string): string | undefined {
  let info;
  try {
    info = lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') return 'a part of its path is a file, not a folder.';
    return `it cannot be examined (${code ?? (error as Error).message}).`;
  }
  if (info.isSymbolicLink()) return 'it is a symbolic link (logbook does not replace links; give the folder itself).';
  if (!info.isDirectory()) return 'it is a file, not a folder.';
  let names: string[];
  try {
    names = readdirSync(path);
  } catch (error) {
    return `it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`;
  }
  if (names.length === 0 || isLogbookSite(path)) return undefined;
  return `it is not empty and was not written by logbook (it has no ${SITE_MARKER} file). logbook only replaces a folder that is missing, empty, or a site it wrote; choose another --output.`;
}

/** Whether `dir` is a real folder (not a link) holding logbook's marker. */
export function isLogbookSite(dir: string): boolean {
  try {
    if (!lstatSync(dir).isDirectory()) return false;
    const marker = join(dir, SITE_MARKER);
    const info = lstatSync(marker);
    return info.isFile() && info.size < 4096 && readFileSync(marker, 'utf8').startsWith('logbook-site ');
  } catch {
    return false;
  }
}

/** Refuse (exit code 2) an output that is there and is not logbook's to replace. */
export function assertReplaceableOutput(outputDir: string): void {
  const reason = foreignReason(resolve(outputDir));
  if (reason) throw new OutputFolderError(`refusing to write the site to ${outputDir}: ${reason}`);
}

export interface OutputGuard {
  outputDir: string;
  contentDir: string;
  /** The project folder (where logbook runs). */
  projectDir: string;
  /** logbook's cache folder, which the output may not be nor lie in (the previous site is kept there). */
  cacheDir?: string;
}

/**
 * Refuse an output folder that would overwrite the journal or the project,
 * comparing the paths as written and again with symbolic links resolved
 * (`--output link-to-content/site` is inside the content folder too).
 */
export function assertSafeOutput({ outputDir, contentDir, projectDir, cacheDir }: OutputGuard): void {
  const say = (why: string) => new OutputFolderError(`refusing to write the site to ${outputDir}: ${why}`);
  refuseUnsafe(resolve(outputDir), resolve(contentDir), resolve(projectDir), say);
  refuseUnsafe(realPath(outputDir), realPath(contentDir), realPath(projectDir), say);
  if (cacheDir !== undefined) {
    for (const [output, cache] of [[resolve(outputDir), resolve(cacheDir)], [realPath(outputDir), realPath(cacheDir)]] as const) {
      if (output === cache || isInside(output, cache)) throw say("it is logbook's cache folder or inside it.");
    }
  }
}

/** A path with every symbolic link in its existing part resolved. */
function realPath(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) return resolve(path);
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

function refuseUnsafe(output: string, content: string, project: string, say: (why: string) => OutputFolderError): void {
  if (output === parse(output).root) throw say('it is the root of the file system.');
  if (output === content) throw say('it is the content folder.');
  if (isInside(content, output)) throw say('it contains the content folder.');
  if (isInside(output, content)) throw say('it is inside the content folder.');
  if (output === project || isInside(project, output)) throw say('it is the project folder or one of its parents.');
}

/** Whether `inner` lies strictly inside `outer`. */
function isInside(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path !== '' && !path.startsWith('..') && !path.startsWith(sep) && !/^[a-zA-Z]:/.test(path);
}

/**
 * A fresh, empty folder beside the output folder, to build into. Made with
 * `mkdir` (not `mkdtemp`, whose folders are private to the user), so that it
 * gets the mode any new folder gets under the umask (0755 under 022): it
 * becomes the site's root folder.
 */
export async function makeStagingFolder(outputDir: string): Promise<string> {
  const output = resolve(outputDir);
  await mkdir(dirname(output), { recursive: true });
  for (;;) {
    const dir = join(dirname(output), `.${basename(output)}.building-${randomBytes(6).toString('hex')}`);
    try {
      await mkdir(dir);
      return dir;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Replace the output folder by the finished staging folder (rename, then
 * remove the old one). The two renames are made back to back, with no turn
 * of the event loop between them; should the process be killed in that
 * instant anyway, the previous site is whole under its `.old-` name and the
 * next build puts it back first (`recoverInterruptedSwap`). The previous
 * site is then moved to `keepOldAt` when given (and what is there is
 * logbook's to replace), else deleted. An output that is no longer logbook's
 * to replace (see `foreignReason`) is refused before anything moves.
 */
export async function swapInOutput(stagingDir: string, outputDir: string, { keepOldAt }: { keepOldAt?: string } = {}): Promise<void> {
  const output = resolve(outputDir);
  // Checked again here, with nothing awaited until the renames: the folder may have changed during the build.
  assertReplaceableOutput(outputDir);
  if (!lexists(output)) {
    renameSync(stagingDir, output);
    return;
  }
  const old = `${oldPrefix(output)}${process.pid}-${Date.now()}`;
  renameSync(output, old);
  try {
    renameSync(stagingDir, output);
  } catch (error) {
    renameSync(old, output);
    throw error;
  }
  // Kept for the next build to start from (see spare-output.ts), where the file system allows,
  // and only in place of a spare that is logbook's: anything else put there is left alone.
  if (keepOldAt !== undefined && foreignReason(keepOldAt) === undefined) {
    try {
      await rm(keepOldAt, { recursive: true, force: true });
      await mkdir(dirname(keepOldAt), { recursive: true });
      await rename(old, keepOldAt);
      return;
    } catch {
      // Deleted instead.
    }
  }
  await rm(old, { recursive: true, force: true });
}

/** Where a previous output folder waits while the new one is renamed in. */
function oldPrefix(output: string): string {
  return join(dirname(output), `.${basename(output)}.old-`);
}

/**
 * After a build killed between its two renames, the output folder is
 * missing and the previous one is whole beside it: put the newest such
 * folder back. Does nothing when the output folder exists.
 */
export async function recoverInterruptedSwap(outputDir: string): Promise<void> {
  const output = resolve(outputDir);
  if (lexists(output)) return;
  const prefix = basename(oldPrefix(output));
  let names: string[];
  try {
    names = await readdir(dirname(output));
  } catch {
    return;
  }
  // Only a site logbook wrote: a folder of someone else's that happens to have such a name stays where it is.
  const olds = names.filter((name) => name.startsWith(prefix) && isLogbookSite(join(dirname(output), name)));
  const newest = olds.sort((a, b) => Number(a.split('-').at(-1)) - Number(b.split('-').at(-1))).at(-1);
  if (newest) await rename(join(dirname(output), newest), output);
}

/** Remove a staging folder after a failed build. */
export async function discardStaging(stagingDir: string): Promise<void> {
  await rm(stagingDir, { recursive: true, force: true });
}

/** Whether anything (a link included) is at `path`. */
function lexists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Failures of the disk rather than of logbook, said in plain words. */
const DISK_FAILURES: Record<string, string> = {
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Writing the site failed for a reason of the disk (full, read-only, not allowed): one line, exit code 2. */
export class SiteWriteError extends Error {
  override name = 'SiteWriteError';
  /** What went wrong, in plain words ("no space left on the disk"). */
  readonly what: string;
  constructor(
    readonly code: string,
    /** The path written, under the output folder's name rather than the staging folder's. */
    readonly path: string,
    /** Whether the previous site is still in place (the failure came before the swap). */
    readonly previousKept: boolean,
  ) {
    super(`${DISK_FAILURES[code]} while writing ${path}`);
    this.what = DISK_FAILURES[code]!;
  }
}

/**
 * The disk failure behind an error (Eleventy wraps the errors of its
 * writes), as a `SiteWriteError` naming the file as it would be in the
 * output folder; `undefined` for any other error.
 */
export function diskFailure(error: unknown, { stagingDir, outputDir, previousKept }: { stagingDir?: string; outputDir: string; previousKept: boolean }): SiteWriteError | undefined {
  const seen = new Set<unknown>();
  for (let cause = error; cause instanceof Error && !seen.has(cause); ) {
    seen.add(cause);
    const { code, path, dest } = cause as NodeJS.ErrnoException & { dest?: string };
    if (code && Object.hasOwn(DISK_FAILURES, code)) {
      // A failed copy names its source as `path` and what it wrote as `dest`.
      const written = resolve(typeof dest === 'string' ? dest : typeof path === 'string' ? path : outputDir);
      return new SiteWriteError(code, asInOutput(written, resolve(outputDir), stagingDir), previousKept);
    }
    cause = (cause as { cause?: unknown }).cause ?? (cause as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** A path in the staging folder (made or about to be) as it will be in the output folder; other paths as they are. */
function asInOutput(written: string, output: string, stagingDir: string | undefined): string {
  const [first = '', ...rest] = relative(dirname(output), written).split(sep);
  const staging = stagingDir !== undefined ? basename(stagingDir) : undefined;
  if (first === staging || first.startsWith(`.${basename(output)}.building-`)) return join(output, ...rest);
  return written;
}
