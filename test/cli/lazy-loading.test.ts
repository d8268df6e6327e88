/**
 * Each command loads only what it needs, when it needs it (issue 21's
 * start-up): `check` never loads Eleventy, Pagefind, the language server or
 * the Markdown-to-HTML renderer; `build` loads the site's code only after
 * the journal is checked. The modules loaded are recorded by a preload (module-recorder.mjs);
 * nothing here is timed. Runs the compiled code (`npm run compile` first).
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TODAY } from '../helpers/fixtures.js';
import { tempProject, withExampleJournal } from '../helpers/site.js';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '..', '..');
const recorder = join(repo, 'test', 'helpers', 'module-recorder.mjs');

/** What marks a module of each library (its folder under node_modules, or our file). */
const ELEVENTY = '/node_modules/@11ty/eleventy/';
const PAGEFIND = '/node_modules/pagefind/';
const LANGUAGE_SERVER = '/node_modules/vscode-languageserver';
const RENDERER = '/dist/site/markdown/render-markdown.js';
const SITE = '/dist/site/build-site.js';
/** Drawing link-preview images: satori and resvg. */
const DRAWING = ['/node_modules/satori/', '/node_modules/@resvg/'];

let project: string;
let runs = 0;

beforeAll(async () => {
  project = await withExampleJournal(await tempProject('logbook-lazy-'));
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

/** Run a command; the modules it loaded, split at its first phase. */
async function modulesLoadedBy(argv: string[]): Promise<{ before: string[]; after: string[] }> {
  const log = join(project, `modules-${runs++}.log`);
  await run(process.execPath, ['--import', recorder, join(repo, 'bin', 'logbook.js'), ...argv, '--today', FIXTURE_TODAY], {
    cwd: project,
    env: { ...process.env, LOGBOOK_TEST_MODULE_LOG: log, LOGBOOK_TRACE: '1' },
  });
  const lines = (await readFile(log, 'utf8')).split('\n').filter((line) => line !== '');
  const mark = lines.indexOf('-- first phase');
  expect(mark).toBeGreaterThan(0);
  return { before: lines.slice(0, mark), after: lines.slice(mark + 1) };
}

const loads = (urls: string[], what: string) => urls.some((url) => url.includes(what));

describe('what each command loads', () => {
  it('check loads no site, search, renderer or language server code', async () => {
    const { before, after } = await modulesLoadedBy(['check']);
    // The recorder sees what check does load (else the assertions below prove nothing).
    expect(loads(before, '/dist/cli/check-command.js')).toBe(true);
    expect(loads(after, '/dist/parse/') || loads(before, '/dist/parse/')).toBe(true);
    for (const what of [ELEVENTY, PAGEFIND, LANGUAGE_SERVER, RENDERER, SITE]) expect(loads([...before, ...after], what), what).toBe(false);
  });

  it('build loads the site only after the first phase', async () => {
    const cold = await modulesLoadedBy(['build']);
    for (const what of [ELEVENTY, RENDERER, SITE, PAGEFIND, LANGUAGE_SERVER]) expect(loads(cold.before, what), what).toBe(false);
    // The first build lays every page out: the site's code, Eleventy and Pagefind (in its thread) are loaded then.
    for (const what of [ELEVENTY, RENDERER, SITE, PAGEFIND]) expect(loads(cold.after, what), what).toBe(true);

    // A build with every page unchanged (the feed, sitemap, calendar and robots.txt too): no page to lay out and
    // no search index to make, so neither Eleventy nor Pagefind is ever loaded.
    const warm = await modulesLoadedBy(['build']);
    for (const what of [ELEVENTY, SITE]) expect(loads(warm.before, what), what).toBe(false);
    expect(loads(warm.after, SITE)).toBe(true);
    for (const what of [ELEVENTY, PAGEFIND]) expect(loads([...warm.before, ...warm.after], what), what).toBe(false);
  });

  it('build --no-social-images never loads satori or resvg', async () => {
    const { before, after } = await modulesLoadedBy(['build', '--no-cache', '--no-social-images']);
    for (const what of DRAWING) expect(loads([...before, ...after], what), what).toBe(false);
    expect(loads(after, ELEVENTY)).toBe(true);
  });
});
