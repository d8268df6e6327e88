/** Helpers for site tests: write a journal to a temp folder, build it, walk the output. */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { buildSite, type BuiltSite } from '../../src/site/build-site.js';
import { openWorkspace } from '../../src/workspace/workspace.js';
import { afterEach } from 'vitest';
import { EXAMPLE_CONTENT, FIXTURE_TODAY } from './fixtures.js';

/** A fresh project folder. */
export async function tempProject(prefix = 'logbook-site-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/**
 * Temporary folders for one test file: call at the top of the file; the
 * function it returns makes a fresh folder, and every folder made during a
 * test is removed after that test.
 */
export function scratchFolders(prefix: string): () => Promise<string> {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });
  return async () => {
    const folder = await tempProject(prefix);
    folders.push(folder);
    return folder;
  };
}

/** Make `folder` an installed project (it has node_modules, so builds keep a cache) with a copy of the example journal. */
export async function withExampleJournal(folder: string): Promise<string> {
  await cp(EXAMPLE_CONTENT, join(folder, 'content'), { recursive: true });
  await mkdir(join(folder, 'node_modules'));
  return folder;
}

/** Write files (path → text) under `root`. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

export interface BuildOptions {
  today?: IsoDate;
  pathPrefix?: string;
  outputDir?: string;
  includeDrafts?: boolean;
  /** The site's address when journal.yml has none (`build --url`). */
  url?: string;
  /** The build's clock (default: now). */
  clock?: Date;
  /** A cache folder (what feed and sitemap dates are remembered in). */
  cacheDir?: string;
  /**
   * Draw the link-preview images (default: no). Drawing costs about 25 ms of
   * CPU an image, a second for each build of the example journal; the tests
   * that look at images (social-images, search-and-previews, the CLI's) ask
   * for them, the rest of the suite builds without.
   */
  socialImages?: boolean;
}

/** Load, check and build a content folder in-process; returns the output folder. */
export async function buildContent(contentDir: string, projectDir: string, options: BuildOptions = {}): Promise<{ outputDir: string; built: BuiltSite }> {
  const loaded = await loadJournal({ contentDir, cwd: projectDir, today: options.today ?? FIXTURE_TODAY });
  const outputDir = options.outputDir ?? join(projectDir, '_site');
  const built = await buildSite({
    journal: loaded.journal,
    today: loaded.today,
    contentRoot: loaded.root,
    outputDir,
    projectDir,
    pathPrefix: options.pathPrefix,
    includeDrafts: options.includeDrafts,
    url: options.url,
    clock: options.clock,
    socialImages: options.socialImages ?? false,
    workspace: options.cacheDir === undefined ? undefined : await openWorkspace({ mode: 'disk', dir: options.cacheDir }),
  });
  return { outputDir, built };
}

/** Every file under a folder, as forward-slash paths relative to it. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** A built file's bytes as a reader of the site can get them: Pagefind's gzip'd index files unpacked. */
export async function readableBytes(outputDir: string, path: string): Promise<Buffer> {
  const bytes = await readFile(join(outputDir, path));
  return /\.pf_(fragment|index|meta|filter)$/.test(path) ? gunzipSync(bytes) : bytes;
}

/** Pagefind's records (one per indexed page): url, content, meta. */
export async function searchRecords(outputDir: string): Promise<{ url: string; content: string; meta: Record<string, string> }[]> {
  const files = (await listFiles(outputDir)).filter((file) => file.endsWith('.pf_fragment'));
  const records = await Promise.all(files.map(async (file) => JSON.parse((await readableBytes(outputDir, file)).toString('utf8').replace(/^pagefind_dcd/, ''))));
  return records.sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** The text of a built file. */
export function readOutput(outputDir: string, path: string): Promise<string> {
  return readFile(join(outputDir, path), 'utf8');
}
