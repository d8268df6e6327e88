/**
 * The cache is keyed on everything that decides the output: logbook's code,
 * the installed dependencies, Node's major version, the layouts and
 * journal.yml. Rendered HTML kept by an earlier build is made visibly stale
 * here (as a new sanitiser would make it), and a build after each change
 * must not use it.
 */
import { cp, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { installedDependencies, replaceFingerprintInputs } from '../../src/workspace/code-fingerprint.js';
import { main } from '../../src/cli/main.js';
import { loadJournal } from '../../src/journal.js';
import { buildSite, LAYOUTS_DIR } from '../../src/site/build-site.js';
import { openWorkspace } from '../../src/workspace/workspace.js';
import { FIXTURE_TODAY } from '../helpers/fixtures.js';
import { recordingIo } from '../helpers/io.js';
import { listFiles, withExampleJournal, writeFiles } from '../helpers/site.js';

const STALE = 'STALE-RENDER-FROM-OTHER-CODE';
const folders: string[] = [];

afterEach(async () => {
  replaceFingerprintInputs();
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function tempFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** An installed project (it has node_modules, so it gets a cache) with a copy of the example journal. */
async function project(): Promise<string> {
  return withExampleJournal(await tempFolder('logbook-key-'));
}

/** Build; returns what it printed. */
async function build(cwd: string, ...extra: string[]): Promise<string> {
  const io = recordingIo(cwd);
  const code = await main(['build', '--today', '2026-11-25', ...extra], io);
  expect(code, io.err).toBe(0);
  return io.out;
}

/** Every output file's bytes, by path. */
async function site(cwd: string): Promise<Map<string, string>> {
  const output = join(cwd, '_site');
  const files = new Map<string, string>();
  for (const path of await listFiles(output)) files.set(path, (await readFile(join(output, path))).toString('base64'));
  return files;
}

async function builtWithoutCache(cwd: string): Promise<Map<string, string>> {
  const fresh = await tempFolder('logbook-key-cold-');
  await cp(join(cwd, 'content'), join(fresh, 'content'), { recursive: true });
  await build(fresh, '--no-cache');
  return site(fresh);
}

/** Whether any HTML page of the output shows the stale marker. */
async function showsStale(cwd: string): Promise<boolean> {
  const output = join(cwd, '_site');
  for (const path of await listFiles(output)) {
    if (path.endsWith('.html') && (await readFile(join(output, path), 'utf8')).includes(STALE)) return true;
  }
  return false;
}

/** Change every rendering kept in the cache, as other code (a new sanitiser) would have rendered it. */
async function makeRendersStale(cwd: string): Promise<void> {
  const file = join(cwd, 'node_modules', '.cache', 'logbook', 'rendered-html.bin');
  const stored = deserialize(await readFile(file)) as { entries: Map<string, string> };
  expect(stored.entries.size).toBeGreaterThan(0);
  for (const [key, html] of stored.entries) stored.entries.set(key, `${html}<p>${STALE}</p>`);
  await writeFile(file, serialize(stored));
}

describe('the cache key', () => {
  it('uses the kept renderings when nothing changed (so the tests below can see them)', async () => {
    const cwd = await project();
    await build(cwd);
    await makeRendersStale(cwd);
    await build(cwd);
    expect(await showsStale(cwd)).toBe(true);
  });

  it.each([
    ['a dependency is updated', { dependencies: 'npm another-install' }],
    ['Node has another major version', { node: '99' }],
    ['logbook changed', { code: 'another logbook' }],
  ])('uses no kept rendering or page once %s', async (_, change) => {
    const cwd = await project();
    await build(cwd);
    await makeRendersStale(cwd);
    replaceFingerprintInputs(change);
    const out = await build(cwd);
    expect(out).not.toContain('unchanged since the last build');
    expect(await showsStale(cwd)).toBe(false);
    expect(await site(cwd)).toEqual(await builtWithoutCache(cwd));
    // And the next build under the new key reuses what this one kept.
    expect(await build(cwd)).toMatch(/\d+ pages unchanged since the last build/);
  });

  it('uses no kept rendering once journal.yml changes', async () => {
    const cwd = await project();
    await build(cwd);
    await makeRendersStale(cwd);
    const settings = join(cwd, 'content', 'journal.yml');
    await writeFile(settings, (await readFile(settings, 'utf8')).replace(/^description: .*$/m, 'description: Another description.'));
    await build(cwd);
    expect(await showsStale(cwd)).toBe(false);
    expect(await site(cwd)).toEqual(await builtWithoutCache(cwd));
  });

  it('lays out every page again once a layout changes', async () => {
    const cwd = await project();
    const layoutsDir = await tempFolder('logbook-key-layouts-');
    await cp(LAYOUTS_DIR, layoutsDir, { recursive: true });
    const cacheDir = join(cwd, 'node_modules', '.cache', 'logbook');
    const outputDir = join(cwd, '_site');
    const { journal, today, root } = await loadJournal({ contentDir: 'content', cwd, today: FIXTURE_TODAY });
    const buildWith = async () => buildSite({ journal, today, contentRoot: root, outputDir, projectDir: cwd, layoutsDir, workspace: await openWorkspace({ mode: 'disk', dir: cacheDir }) });
    await buildWith();
    expect((await buildWith()).reused).toBeGreaterThan(0);
    const base = join(layoutsDir, 'base.njk');
    await writeFile(base, (await readFile(base, 'utf8')).replace('</body>', '<p>NEW-LAYOUT</p></body>'));
    const after = await buildWith();
    expect(after.reused).toBe(0);
    const pages = (await listFiles(outputDir)).filter((path) => path.endsWith('.html'));
    for (const path of pages) expect(await readFile(join(outputDir, path), 'utf8'), path).toContain('NEW-LAYOUT');
  });
});

describe('the installed dependencies', () => {
  /** A package with dependency `a`, which depends on `b`, installed by npm. */
  async function install(): Promise<string> {
    const root = await tempFolder('logbook-key-install-');
    await writeFiles(root, {
      'package.json': JSON.stringify({ name: 'p', version: '1.0.0', dependencies: { a: '^1.0.0' } }),
      'node_modules/a/package.json': JSON.stringify({ name: 'a', version: '1.0.0', dependencies: { b: '^2.0.0' } }),
      'node_modules/b/package.json': JSON.stringify({ name: 'b', version: '2.0.0' }),
      'node_modules/.package-lock.json': JSON.stringify({ packages: { 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '2.0.0' } } }),
    });
    // npm writes its record last.
    const past = new Date(Date.now() - 60_000);
    for (const dir of ['node_modules/a', 'node_modules/b']) await utimes(join(root, dir), past, past);
    return root;
  }

  it('are named by npm’s record of the install, which changes with any version', async () => {
    const root = await install();
    const before = installedDependencies(join(root, 'package.json'));
    expect(before).toMatch(/^npm /);
    const record = join(root, 'node_modules', '.package-lock.json');
    await writeFile(record, (await readFile(record, 'utf8')).replace('"2.0.0"', '"2.0.1"'));
    const after = installedDependencies(join(root, 'package.json'));
    expect(after).toMatch(/^npm /);
    expect(after).not.toBe(before);
  });

  it('are found package by package without npm’s record, down to dependencies of dependencies', async () => {
    const root = await install();
    await rm(join(root, 'node_modules', '.package-lock.json'));
    const before = installedDependencies(join(root, 'package.json'));
    expect(before).toMatch(/^packages /);
    await writeFile(join(root, 'node_modules', 'b', 'package.json'), JSON.stringify({ name: 'b', version: '2.0.1' }));
    expect(installedDependencies(join(root, 'package.json'))).not.toBe(before);
  });

  it('are found package by package when a dependency changed after npm’s record was written', async () => {
    const root = await install();
    const before = installedDependencies(join(root, 'package.json'));
    // Another tool replaced `a` (its folder is newer than the record, which still says 1.0.0).
    await writeFiles(root, { 'node_modules/a/package.json': JSON.stringify({ name: 'a', version: '1.1.0', dependencies: { b: '^2.0.0' } }) });
    const future = new Date(Date.now() + 60_000);
    await utimes(join(root, 'node_modules', 'a'), future, future);
    const after = installedDependencies(join(root, 'package.json'));
    expect(after).toMatch(/^packages /);
    expect(after).not.toBe(before);
  });
});
