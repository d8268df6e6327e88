/**
 * logbook's folder watch (`watchTree`, src/serve/watch-folders.ts) side by
 * side with chokidar 4 on what `serve` needs: editors' atomic saves (a
 * temporary file renamed over the old one), saves in place, deletes, folder
 * renames, a folder made and written into at once, and a journal of 1,000
 * files (time until watching, save latency). For each: whether the change
 * was named (the path, or a folder above it, which `serve` reads again
 * whole) and how long after the write the event came.
 *
 * The decisive row is the second one: an atomic save made right after the
 * previous save of the same file was reported (as a test, or a formatter
 * run on save, does). docs/serve.md has the figures and the decision.
 *
 * chokidar is not a dependency of logbook: this uses the copy Eleventy
 * brings (through @11ty/chokidar-with-glob-support). Run `npm run compile`
 * first, then: node bench/watch-compare.mjs [other/watch-folders.js…] (any
 * other compiled watch-folders.js, e.g. an older version's, joins the table).
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { watchTree } from '../dist/serve/watch-folders.js';

const require = createRequire(import.meta.url);
const viaEleventy = createRequire(require.resolve('@11ty/chokidar-with-glob-support/package.json'));
const { watch } = await import(pathToFileURL(viaEleventy.resolve('chokidar')).href);

const others = await Promise.all(process.argv.slice(2).map(async (path) => [path, (await import(pathToFileURL(path).href)).watchTree]));
/** An event that has not come after this long is counted as missed (every event that comes, comes within a few ms). */
const MISSED_AFTER_MS = 2000;

const implementations = {
  watchTree: (root, onEvent) => watchTree(root, onEvent),
  ...Object.fromEntries(others.map(([path, other]) => [path, (root, onEvent) => other(root, onEvent)])),
  'chokidar 4 (defaults)': (root, onEvent) => chokidar(root, onEvent, {}),
  'chokidar 4 (atomic: false)': (root, onEvent) => chokidar(root, onEvent, { atomic: false }),
};

/** chokidar with `options`, reporting paths as `watchTree` does (relative, forward slashes). */
function chokidar(root, onEvent, options) {
  const watcher = watch(root, { ignoreInitial: true, followSymlinks: false, ...options });
  watcher.on('all', (_event, path) => onEvent(relative(root, path).split(sep).join('/')));
  return { ready: new Promise((resolve) => watcher.once('ready', resolve)), close: () => watcher.close() };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Start a watch on `root`; `after(action, path)` runs action and resolves with the ms until an event named path or a folder above it (or `missed`). */
async function watching(name, root) {
  let listeners = [];
  const started = performance.now();
  const watch = implementations[name](root, (path) => {
    for (const listener of listeners) listener(path);
  });
  await watch.ready;
  const readyMs = performance.now() - started;
  const after = async (action, path, { settle = true } = {}) => {
    let timer;
    let listener;
    const named = new Promise((resolve) => {
      listener = (seen) => {
        if (seen !== undefined && (seen === path || path.startsWith(`${seen}/`))) resolve(performance.now());
      };
      listeners.push(listener);
      timer = setTimeout(() => resolve(undefined), MISSED_AFTER_MS);
    });
    const t = performance.now();
    await action();
    const at = await named;
    clearTimeout(timer);
    listeners = listeners.filter((item) => item !== listener);
    // Let the stragglers of this change go by before the next one (unless the next must come at once).
    if (settle) await new Promise((resolve) => setTimeout(resolve, 150));
    return at === undefined ? 'missed' : at - t;
  };
  return { readyMs, after, close: () => watch.close() };
}

const show = (values) => (values.includes('missed') ? `${values.filter((v) => v === 'missed').length}/${values.length} missed` : `${median(values).toFixed(1)} ms (median of ${values.length})`);

async function scenarios(name) {
  const root = await mkdtemp(join(tmpdir(), "logbook-watch-"));
  await mkdir(join(root, 'weeks'));
  await mkdir(join(root, 'notes'));
  await writeFile(join(root, 'weeks', 'w.md'), 'zero');
  await writeFile(join(root, 'notes', 'a.md'), 'a');
  const { after, close } = await watching(name, root);
  const results = {};
  const file = join(root, 'weeks', 'w.md');
  const atomic = [];
  for (let i = 0; i < 7; i++) {
    atomic.push(await after(async () => {
      await writeFile(`${file}.tmp`, `atomic ${i}`);
      await rename(`${file}.tmp`, file);
    }, 'weeks/w.md'));
  }
  results['atomic save (temp file renamed over), 7 times'] = show(atomic);
  const quick = [];
  for (let i = 0; i < 7; i++) {
    quick.push(await after(async () => {
      await writeFile(`${file}.tmp`, `first ${i}`);
      await rename(`${file}.tmp`, file);
    }, 'weeks/w.md', { settle: false }));
    // At once, as soon as the first was reported.
    quick.push(await after(async () => {
      await writeFile(`${file}.tmp`, `second ${i}`);
      await rename(`${file}.tmp`, file);
    }, 'weeks/w.md'));
  }
  results['two atomic saves, the second as soon as the first is reported (7 pairs)'] = show(quick);
  const inPlace = [];
  for (let i = 0; i < 7; i++) inPlace.push(await after(() => writeFile(file, `in place ${i}`), 'weeks/w.md'));
  results['save in place after those, 7 times'] = show(inPlace);
  results['folder renamed (notes → notes2): new name'] = show([await after(() => rename(join(root, 'notes'), join(root, 'notes2')), 'notes2/a.md')]);
  results['save in the renamed folder'] = show([await after(() => writeFile(join(root, 'notes2', 'b.md'), 'b'), 'notes2/b.md')]);
  results['old name of the renamed folder reused'] = show([await after(async () => {
    await mkdir(join(root, 'notes'));
    await writeFile(join(root, 'notes', 'c.md'), 'c');
  }, 'notes/c.md')]);
  results['save in the reused folder'] = show([await after(() => writeFile(join(root, 'notes', 'd.md'), 'd'), 'notes/d.md')]);
  results['file deleted'] = show([await after(() => rm(file), 'weeks/w.md')]);
  results['folder deleted'] = show([await after(() => rm(join(root, 'notes2'), { recursive: true }), 'notes2/a.md')]);
  results['folder made and written into at once'] = show([await after(async () => {
    await mkdir(join(root, 'fresh', 'deeper'), { recursive: true });
    await writeFile(join(root, 'fresh', 'deeper', 'e.md'), 'e');
  }, 'fresh/deeper/e.md')]);
  results['save in that new folder'] = show([await after(() => writeFile(join(root, 'fresh', 'deeper', 'e.md'), 'e2'), 'fresh/deeper/e.md')]);
  await close();
  await rm(root, { recursive: true, force: true });
  return results;
}

async function many(name) {
  const root = await mkdtemp(join(tmpdir(), "logbook-watch-many-"));
  for (let folder = 0; folder < 50; folder++) {
    await mkdir(join(root, `f${folder}`));
    for (let n = 0; n < 20; n++) await writeFile(join(root, `f${folder}`, `${n}.md`), `file ${n}`);
  }
  const memoryBefore = process.memoryUsage().heapUsed;
  const { readyMs, after, close } = await watching(name, root);
  const heap = (process.memoryUsage().heapUsed - memoryBefore) / 1024 / 1024;
  const saves = [];
  for (let i = 0; i < 9; i++) {
    const path = `f${(i * 7) % 50}/${i}.md`;
    saves.push(await after(async () => {
      await writeFile(join(root, `${path}.tmp`), `again ${i}`);
      await rename(join(root, `${path}.tmp`), join(root, path));
    }, path));
  }
  await close();
  await rm(root, { recursive: true, force: true });
  return { 'watching 1,000 files in 50 folders: ready after': `${readyMs.toFixed(0)} ms`, 'heap grown while starting (rough)': `${heap.toFixed(1)} MB`, 'atomic save among 1,000 files': show(saves) };
}

const table = {};
for (const name of Object.keys(implementations)) {
  for (const [row, value] of Object.entries({ ...(await scenarios(name)), ...(await many(name)) })) (table[row] ??= {})[name] = value;
}
console.log(`| | ${Object.keys(implementations).join(' | ')} |\n|---|${Object.keys(implementations).map(() => '---').join('|')}|`);
for (const [row, values] of Object.entries(table)) console.log(`| ${row} | ${Object.keys(implementations).map((name) => values[name]).join(' | ')} |`);
