/**
 * Where the site may be written, and how it replaces the previous one: the
 * build goes into a fresh sibling folder, which is swapped in by renaming
 * only once everything is written, so a failed build leaves the previous
 * output exactly as it was.
 */
import { existsSync, realpathSync, renameSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';

/** An output folder logbook refuses to write (exit code 2). */
export class OutputFolderError extends Error {
  override name = 'OutputFolderError';
}

export interface OutputGuard {
  outputDir: string;
  contentDir: string;
  /** The project folder (where logbook runs). */
  projectDir: string;
}

/**
 * Refuse an output folder that would overwrite the journal or the project,
 * comparing the paths as written and again with symbolic links resolved
 * (`--output link-to-content/site` is inside the content folder too).
 */
export function assertSafeOutput({ outputDir, contentDir, projectDir }: OutputGuard): void {
  const say = (why: string) => new OutputFolderError(`refusing to write the site to ${outputDir}: ${why}`);
  refuseUnsafe(resolve(outputDir), resolve(contentDir), resolve(projectDir), say);
  refuseUnsafe(realPath(outputDir), realPath(contentDir), realPath(projectDir), say);
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

/** A fresh, empty folder beside the output folder, to build into. */
export async function makeStagingFolder(outputDir: string): Promise<string> {
  const output = resolve(outputDir);
  await mkdir(dirname(output), { recursive: true });
  return mkdtemp(join(dirname(output), `.${basename(output)}.building-`));
}

/**
 * Replace the output folder by the finished staging folder (rename, then
 * remove the old one). The two renames are made back to back, with no turn
 * of the event loop between them; should the process be killed in that
 * instant anyway, the previous site is whole under its `.old-` name and the
 * next build puts it back first (`recoverInterruptedSwap`). The previous
 * site is then moved to `keepOldAt` when given, else deleted.
 */
export async function swapInOutput(stagingDir: string, outputDir: string, { keepOldAt }: { keepOldAt?: string } = {}): Promise<void> {
  const output = resolve(outputDir);
  const previous = await exists(output);
  if (!previous) {
    await rename(stagingDir, output);
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
  if (keepOldAt !== undefined) {
    // Kept for the next build to start from (see spare-output.ts), where the file system allows.
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
  if (await exists(output)) return;
  const prefix = basename(oldPrefix(output));
  let names: string[];
  try {
    names = await readdir(dirname(output));
  } catch {
    return;
  }
  const olds = names.filter((name) => name.startsWith(prefix));
  const newest = olds.sort((a, b) => Number(a.split('-').at(-1)) - Number(b.split('-').at(-1))).at(-1);
  if (newest) await rename(join(dirname(output), newest), output);
}

/** Remove a staging folder after a failed build. */
export async function discardStaging(stagingDir: string): Promise<void> {
  await rm(stagingDir, { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
