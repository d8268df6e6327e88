/**
 * `npm run bench`: generate journals of 100, 1,000 and 10,000 files and time,
 * as whole processes with repetitions and medians, the read+write floor,
 * plain Eleventy 3, and `logbook check` / `logbook build` cold (no cache)
 * and warm (cache present, one file changed). Prints a Markdown table and
 * writes it to bench-results/latest.md.
 *
 * Options: --quick (100 files, one repetition; also BENCH_QUICK=1),
 * --sizes 100,1000, --repeats N, --out FILE, --keep (keep the journals).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_TODAY, generateJournal, journalShape } from './generate-journal.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const LOGBOOK = join(ROOT, 'bin', 'logbook.js');
/** GNU time, when installed, also counts child processes (Pagefind's indexer). */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: process.env.BENCH_QUICK === '1' },
    sizes: { type: 'string' },
    repeats: { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'bench-results', 'latest.md') },
    keep: { type: 'boolean', default: false },
  },
});

const sizes = (values.sizes ?? (values.quick ? '100' : '100,1000,10000')).split(',').map(Number);
/** Repetitions per size: fewer for the big journal, whose runs take long. */
const repeatsFor = (size) => Number(values.repeats ?? (values.quick ? 1 : size >= 10_000 ? 3 : 5));

/** The measured tasks, in table order. */
const TASKS = [
  { id: 'floor', label: 'read + write floor' },
  { id: 'eleventy', label: 'plain Eleventy 3 (markdown-it)' },
  { id: 'check-cold', label: 'logbook check, cold' },
  { id: 'check-warm', label: 'logbook check, warm' },
  { id: 'build-cold', label: 'logbook build, cold' },
  // The same without link-preview images: the difference is what drawing them costs.
  { id: 'build-cold-no-images', label: 'logbook build, cold, no social images' },
  { id: 'build-warm', label: 'logbook build, warm' },
];

const work = await mkdtemp(join(tmpdir(), 'logbook-bench-'));
const rows = [];
try {
  for (const size of sizes) {
    const dir = join(work, String(size));
    const content = join(dir, 'content');
    await generateJournal(content, size);
    // An installed project has node_modules, where logbook keeps its cache.
    await mkdir(join(dir, 'node_modules'), { recursive: true });
    const repeats = repeatsFor(size);
    log(`${size} files (${describeShape(size)}), ${repeats} repetition${repeats === 1 ? '' : 's'}`);
    // Round by round, every task once per round: on a shared machine a slow spell then falls on
    // all tasks alike instead of on whichever task was running, and the ratios stay fair.
    const samples = Object.fromEntries(TASKS.map((task) => [task.id, []]));
    for (let run = 0; run < repeats; run++) {
      for (const task of TASKS) samples[task.id].push(await runTask(task.id, { dir, content, run }));
    }
    const results = {};
    for (const task of TASKS) {
      results[task.id] = summarise(samples[task.id]);
      log(`  ${task.label}: ${seconds(results[task.id].wallMs)} s, ${mib(results[task.id].maxRssKiB)} MiB`);
    }
    rows.push({ size, repeats, results });
  }
} finally {
  if (!values.keep) await rm(work, { recursive: true, force: true });
  else log(`journals kept in ${work}`);
}

const table = renderTable(rows);
process.stdout.write(`\n${table}`);
await mkdir(dirname(resolve(values.out)), { recursive: true });
await writeFile(values.out, table);
log(`written to ${relative(process.cwd(), resolve(values.out)) || values.out}`);

/** Run one repetition of a task and measure it. */
async function runTask(id, { dir, content, run }) {
  const cache = join(dir, 'node_modules', '.cache', 'logbook');
  const logbook = (command, extra = []) => [LOGBOOK, command, '--content', 'content', '--today', BENCH_TODAY, ...extra];
  switch (id) {
    case 'floor':
      return measure([join(BENCH, 'floor.mjs'), content, join(dir, 'floor-out')], dir);
    case 'eleventy':
      return measure([join(BENCH, 'plain-eleventy.mjs'), content, join(dir, 'eleventy-out')], dir);
    case 'check-cold':
    case 'build-cold':
      await rm(cache, { recursive: true, force: true });
      return measure(logbook(id.startsWith('check') ? 'check' : 'build'), dir);
    case 'build-cold-no-images':
      await rm(cache, { recursive: true, force: true });
      return measure(logbook('build', ['--no-social-images']), dir);
    case 'check-warm':
    case 'build-warm': {
      const command = id.startsWith('check') ? 'check' : 'build';
      // Warm the cache (the cold task of this round has just emptied it), then change one week
      // so that one file really is new.
      await measure(logbook(command), dir);
      await touchOneWeek(content, `${id}-${run}`);
      return measure(logbook(command), dir);
    }
    default:
      throw new Error(`unknown task ${id}`);
  }
}

/** Append a sentence to the latest week's reflection. */
async function touchOneWeek(content, tag) {
  const years = (await readdir(join(content, 'weeks'))).sort();
  const year = years.at(-1);
  const weeks = (await readdir(join(content, 'weeks', year))).sort();
  await appendFile(join(content, 'weeks', year, weeks.at(-1)), `\nEdited for the benchmark (${tag}).\n`);
}

/**
 * Run `node args…` in `cwd` as a whole process: wall time, peak RSS and CPU
 * time. With GNU time, CPU time includes the process's children and peak
 * RSS is that of the largest process in the tree; without it, the process
 * reports its own figures (bench/report-usage.mjs).
 */
async function measure(args, cwd) {
  const usageFile = join(cwd, `usage-${process.pid}.txt`);
  await rm(usageFile, { force: true });
  const node = [process.execPath, '--import', join(BENCH, 'report-usage.mjs'), ...args];
  const command = GNU_TIME ? [GNU_TIME, '-o', usageFile, '-f', '%M %U %S', ...node] : node;
  const started = performance.now();
  const { code, stderr } = await new Promise((resolvePromise, reject) => {
    const child = spawn(command[0], command.slice(1), {
      cwd,
      env: { ...process.env, BENCH_USAGE_FILE: GNU_TIME ? '' : usageFile, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => {
      if (errors.length < 20_000) errors += chunk;
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolvePromise({ code: exitCode, stderr: errors }));
  });
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`node ${args.map((arg) => relative(cwd, arg) || arg).join(' ')} exited with ${code}:\n${stderr}`);
  const text = await readFile(usageFile, 'utf8');
  if (!GNU_TIME) {
    const usage = JSON.parse(text);
    return { wallMs, maxRssKiB: usage.maxRssKiB, cpuMs: usage.cpuMs };
  }
  const [maxRssKiB, user, system] = text.trim().split(/\s+/).slice(-3).map(Number);
  return { wallMs, maxRssKiB, cpuMs: (user + system) * 1000 };
}

/** Medians of wall and CPU time; the largest peak memory seen. */
function summarise(samples) {
  return {
    wallMs: median(samples.map((sample) => sample.wallMs)),
    cpuMs: median(samples.map((sample) => sample.cpuMs)),
    maxRssKiB: Math.max(...samples.map((sample) => sample.maxRssKiB)),
  };
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The results as a Markdown table, with the machine it ran on. */
function renderTable(measured) {
  const cpu = cpus();
  const lines = [
    '# logbook benchmark: latest results',
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}.`,
    `Whole processes, medians of the repetitions shown; peak RSS is the largest seen${GNU_TIME ? ' (of any one process: logbook build also runs Pagefind\'s indexer as a child process, counted in CPU time)' : ''}. "Warm" means the cache of an earlier run is present and one week was edited.`,
    '',
    '| files | task | runs | wall time | CPU time | files/s | peak RSS | ÷ plain Eleventy | ÷ floor |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { size, repeats, results } of measured) {
    const eleventy = results.eleventy.wallMs;
    const floor = results.floor.wallMs;
    for (const task of TASKS) {
      const result = results[task.id];
      lines.push(
        `| ${size.toLocaleString('en')} | ${task.label} | ${repeats} | ${seconds(result.wallMs)} s | ${seconds(result.cpuMs)} s | ${Math.round(size / (result.wallMs / 1000)).toLocaleString('en')} | ${mib(result.maxRssKiB)} MiB | ${(result.wallMs / eleventy).toFixed(2)} × | ${(result.wallMs / floor).toFixed(1)} × |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function describeShape(size) {
  const { goals, weeks, pages } = journalShape(size);
  return `${goals} goals, ${weeks} weeks, ${pages} notes`;
}

function seconds(ms) {
  return (ms / 1000).toFixed(2);
}

function mib(kib) {
  return Math.round(kib / 1024);
}

function log(message) {
  process.stderr.write(`${message}\n`);
}
