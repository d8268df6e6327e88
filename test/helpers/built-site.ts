/**
 * The example journal (a frozen copy under test/fixtures/, never `content/`), checked and built into a temporary
 * folder under its path prefix, then served on loopback: what the browser
 * tests open. `today` is fixed so figures and screenshots are stable.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { buildSite } from '../../src/site/build-site.js';
import { serveStatic, type StaticServer } from './static-server.js';
import { EXAMPLE_CONTENT, EXAMPLE_JOURNAL } from './fixtures.js';
import { siteUrlOf } from '../../src/model/content-paths.js';

/** The project folder (the repository root). */
export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** The date the example site is built on in the tests. */
export const SITE_TODAY = '2026-11-24' as IsoDate;

export interface ServedSite {
  /** The built folder. */
  dir: string;
  /** The path prefix, e.g. `/journal/`. */
  prefix: string;
  server: StaticServer;
  /** Every HTML page as a path under the prefix, e.g. `goals/typescript-backend/` (`""` is home). */
  pages: string[];
  /** The absolute URL of a page path. */
  urlOf(page: string): string;
  close(): Promise<void>;
}

/** Build the example journal into a fresh temp folder (no server). */
export async function buildExampleSite(): Promise<{ dir: string; prefix: string }> {
  const loaded = await loadJournal({ contentDir: EXAMPLE_CONTENT, cwd: EXAMPLE_JOURNAL, today: SITE_TODAY });
  const dir = join(await mkdtemp(join(tmpdir(), 'logbook-site-')), 'site');
  const built = await buildSite({
    journal: loaded.journal,
    today: loaded.today,
    contentRoot: loaded.root,
    outputDir: dir,
    projectDir: EXAMPLE_JOURNAL,
  });
  return { dir, prefix: built.pathPrefix };
}

/** Every `.html` file under `dir`, as page paths (`index.html` → its folder). */
export async function listPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .map((path) => siteUrlOf(path).slice(1))
    .sort();
}

/** Build the example journal and serve it on loopback under its prefix. */
export async function serveExampleSite(): Promise<ServedSite> {
  const { dir, prefix } = await buildExampleSite();
  const server = await serveStatic({ root: resolve(dir), prefix });
  const pages = await listPages(dir);
  return {
    dir,
    prefix,
    server,
    pages,
    urlOf: (page) => server.url + page,
    close: async () => {
      await server.close();
      await rm(join(dir, '..'), { recursive: true, force: true });
    },
  };
}
