/**
 * `npm run bench`: generate journals of 100, 1,000, 5,000 and 10,000 files
 * and time, as whole processes with repetitions and medians, the read+write
 * floor, plain Eleventy 3, `logbook check` / `logbook build` cold (no cache)
 * and warm (cache present, one file changed), and the peers of
 * bench/peers.mjs (markdownlint-cli2, Astro default and unified, Hugo),
 * installed on demand outside logbook's own node_modules. Also measures the
 * parser's own time per file (bench/parser-baseline.mjs) against the parse
 * phase of a cold build (LOGBOOK_TRACE=1), and counts the processes a
 * logbook command leaves running after it exits. Prints a Markdown table
 * and writes it to bench-results/latest.md.
 *
 * Options: --quick (100 files, one repetition; also BENCH_QUICK=1),
 * --sizes 100,1000, --repeats N, --out FILE, --keep (keep the journals),
 * --no-peers (logbook, Eleventy and the floor only; also BENCH_NO_PEERS=1).
 */
import { appendFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_TODAY, generateJournal, journalShape } from './generate-journal.mjs';
import { GNU_TIME, measure, stopMeasured } from './measure.mjs';
import { preparePeers } from './peers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const LOGBOOK = join(ROOT, 'bin', 'logbook.js');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: process.env.BENCH_QUICK === '1' },
    sizes: { type: 'string' },
    repeats: { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'bench-results', 'latest.md') },
    keep: { type: 'boolean', default: false },
    'no-peers': { type: 'boolean', default: process.env.BENCH_NO_PEERS === '1' },
  },
});

const sizes = (values.sizes ?? (values.quick ? '100' : '100,1000,5000,10000')).split(',').map(Number);
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

const peers = values['no-peers'] ? { available: [], skipped: [], facts: [] } : await preparePeers({ log });
/** Peers that failed during the run: they are dropped from later rounds and noted in the table. */
const failed = new Map();
const SKIPPED = [...peers.skipped];

const work = await mkdtemp(join(tmpdir(), 'logbook-bench-'));
const rows = [];
process.on('SIGINT', () => {
  stopMeasured();
  process.exit(130);
});
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
    const tasks = [...TASKS, ...peers.available];
    const samples = Object.fromEntries(tasks.map((task) => [task.id, []]));
    const baselines = [];
    const traces = [];
    for (let run = 0; run < repeats; run++) {
      for (const task of tasks) {
        if (failed.has(task.id)) continue;
        try {
          const sample = await runTask(task, { dir, content, run });
          samples[task.id].push(sample);
          if (sample.trace) traces.push(sample.trace);
        } catch (error) {
          if (!task.command) throw error;
          // A peer that fails is noted, not fatal: logbook's own rows still get measured.
          failed.set(task.id, String(error.message).split('\n').slice(0, 3).join(' ').slice(0, 300));
          log(`  ${task.label} failed: ${failed.get(task.id)}`);
        }
      }
      baselines.push(await parserBaseline(content, size));
    }
    const results = {};
    for (const task of tasks) {
      if (samples[task.id].length === 0) continue;
      results[task.id] = summarise(samples[task.id]);
      log(`  ${task.label}: ${seconds(results[task.id].wallMs)} s, ${mib(results[task.id].maxRssKiB)} MiB, children left ${results[task.id].childrenLeft}`);
    }
    const parse = summariseParse(baselines, traces, size);
    log(`  parser baseline ${parse.baselineCpuMsPerFile.toFixed(2)} ms CPU per file; logbook's parse phase ${parse.phaseCpuMsPerFile.toFixed(2)} ms CPU per file`);
    rows.push({ size, repeats, tasks, results, parse });
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
async function runTask(task, { dir, content, run }) {
  if (task.command) return measure(await task.command({ dir, content }));
  const id = task.id;
  const cache = join(dir, 'node_modules', '.cache', 'logbook');
  const logbook = (command, env = {}, extra = []) => ({ args: [LOGBOOK, command, '--content', 'content', '--today', BENCH_TODAY, ...extra], cwd: dir, env });
  switch (id) {
    case 'floor':
      return measure({ args: [join(BENCH, 'floor.mjs'), content, join(dir, 'floor-out')], cwd: dir });
    case 'eleventy':
      return measure({ args: [join(BENCH, 'plain-eleventy.mjs'), content, join(dir, 'eleventy-out')], cwd: dir });
    case 'check-cold':
      await rm(cache, { recursive: true, force: true });
      return measure(logbook('check'));
    case 'build-cold': {
      await rm(cache, { recursive: true, force: true });
      // The trace costs a few lines on standard error; it gives the parse phase and the start-up.
      const sample = await measure({ ...logbook('build', { LOGBOOK_TRACE: '1' }), keepStderr: true });
      return { ...sample, trace: parseTrace(sample.stderr) };
    }
    case 'build-cold-no-images':
      await rm(cache, { recursive: true, force: true });
      return measure(logbook('build', {}, ['--no-social-images']));
    case 'check-warm':
    case 'build-warm': {
      const command = id.startsWith('check') ? 'check' : 'build';
      // Warm the cache (the cold task of this round has just emptied it), then change one week
      // so that one file really is new.
      await measure(logbook(command));
      await touchOneWeek(content, `${id}-${run}`);
      return measure(logbook(command));
    }
    default:
      throw new Error(`unknown task ${id}`);
  }
}

/**
 * The `[trace]` lines of LOGBOOK_TRACE=1: the start-up (time from the
 * process's start to the first phase's mark) and the parse phase.
 */
function parseTrace(stderr) {
  const phases = [];
  for (const line of stderr.split('\n')) {
    const match = /^\[trace\] (.+?) +([0-9.]+) s \(cpu ([0-9.]+) s\), ([0-9.]+) s after the process started$/.exec(line);
    if (match) phases.push({ label: match[1], wallS: Number(match[2]), cpuS: Number(match[3]), atS: Number(match[4]) });
  }
  const start = phases.find((phase) => phase.label === 'start') ?? phases[0];
  const parse = phases.find((phase) => phase.label === 'parse');
  if (!start || !parse) return undefined;
  return { startupS: start.atS, parseWallS: parse.wallS, parseCpuS: parse.cpuS };
}

/** bench/parser-baseline.mjs on the journal; small journals are parsed several times over. */
async function parserBaseline(content, size) {
  const passes = Math.max(1, Math.ceil(3000 / size));
  const sample = await measure({ args: [join(BENCH, 'parser-baseline.mjs'), content, String(passes)], cwd: content, keepStdout: true });
  return JSON.parse(sample.stdout);
}

/** Medians of the baseline and of the traced parse phase. */
function summariseParse(baselines, traces, size) {
  const baselineCpuMsPerFile = median(baselines.map((baseline) => baseline.cpuMsPerFile));
  const baselineWallMsPerFile = median(baselines.map((baseline) => baseline.wallMsPerFile));
  const found = traces.filter(Boolean);
  if (found.length === 0) return { baselineCpuMsPerFile, baselineWallMsPerFile, bytesPerFile: baselines[0]?.bytesPerFile, phaseCpuMsPerFile: NaN };
  const parseWallS = median(found.map((trace) => trace.parseWallS));
  const parseCpuS = median(found.map((trace) => trace.parseCpuS));
  return {
    baselineCpuMsPerFile,
    baselineWallMsPerFile,
    bytesPerFile: baselines[0]?.bytesPerFile,
    parseWallS,
    parseCpuS,
    phaseCpuMsPerFile: (parseCpuS * 1000) / size,
    startupS: median(found.map((trace) => trace.startupS)),
  };
}

/** Append a sentence to the latest week's reflection. */
async function touchOneWeek(content, tag) {
  const years = (await readdir(join(content, 'weeks'))).sort();
  const year = years.at(-1);
  const weeks = (await readdir(join(content, 'weeks', year))).sort();
  await appendFile(join(content, 'weeks', year, weeks.at(-1)), `\nEdited for the benchmark (${tag}).\n`);
}

/** Medians of wall and CPU time; the largest peak memory and the most processes left behind seen. */
function summarise(samples) {
  return {
    wallMs: median(samples.map((sample) => sample.wallMs)),
    cpuMs: median(samples.map((sample) => sample.cpuMs)),
    maxRssKiB: Math.max(...samples.map((sample) => sample.maxRssKiB)),
    runs: samples.length,
    childrenLeft: Math.max(...samples.map((sample) => sample.childrenLeft)),
  };
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The results as Markdown tables, with the machine it ran on. */
function renderTable(measured) {
  const cpu = cpus();
  const lines = [
    '# logbook benchmark: latest results',
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}.`,
    `Whole processes, medians of the repetitions shown; peak RSS is the largest seen${GNU_TIME ? ' (of any one process: logbook build also runs Pagefind\'s indexer as a child process, counted in CPU time)' : ''}. "Warm" means the cache of an earlier run is present and one week was edited. "Left" counts the processes still in the command's process group after it exited, running or exited but not waited for (the most in any run).`,
    ...peers.facts,
    '',
    '| files | task | runs | wall time | CPU time | files/s | peak RSS | ÷ plain Eleventy | ÷ Astro default | ÷ markdownlint-cli2 | ÷ floor | left |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const ratio = (value, base) => (base === undefined || !Number.isFinite(value / base) ? '–' : `${(value / base).toFixed(2)} ×`);
  for (const { size, tasks, results } of measured) {
    const eleventy = results.eleventy.wallMs;
    const floor = results.floor.wallMs;
    const astro = results['astro-default']?.wallMs;
    const lint = results.markdownlint?.wallMs;
    for (const task of tasks) {
      const result = results[task.id];
      if (!result) {
        lines.push(`| ${size.toLocaleString('en')} | ${task.label} | – | failed: ${cell(failed.get(task.id) ?? 'no result')} | | | | | | | | |`);
        continue;
      }
      const isCheck = task.id.startsWith('check') || task.kind === 'check';
      lines.push(
        `| ${size.toLocaleString('en')} | ${task.label} | ${result.runs} | ${seconds(result.wallMs)} s | ${Number.isFinite(result.cpuMs) ? `${seconds(result.cpuMs)} s` : '–'} | ${Math.round(size / (result.wallMs / 1000)).toLocaleString('en')} | ${Number.isFinite(result.maxRssKiB) ? `${mib(result.maxRssKiB)} MiB` : '–'} | ${ratio(result.wallMs, eleventy)} | ${isCheck ? '–' : ratio(result.wallMs, astro)} | ${isCheck ? ratio(result.wallMs, lint) : '–'} | ${(result.wallMs / floor).toFixed(1)} × | ${result.childrenLeft} |`,
      );
    }
    for (const task of SKIPPED) lines.push(`| ${size.toLocaleString('en')} | ${task.label} | – | ${cell(task.note)} | | | | | | | | |`);
  }
  lines.push(
    '',
    '## Parse phase against the parser alone',
    '',
    'Parser alone: unified with remark-parse, remark-frontmatter and remark-gfm parsing every file of the journal on one warm thread (files read first, one warm-up pass, then the parse alone timed). Parse phase: `LOGBOOK_TRACE=1` of the cold build (medians); its CPU time is the whole process\'s, worker threads included. Start-up: from the process\'s start to the first phase.',
    '',
    '| files | bytes/file | parser alone, CPU ms/file | parser alone, wall ms/file | parse phase wall | parse phase CPU | CPU ÷ wall | parse phase CPU ms/file | ÷ parser alone | start-up |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const { size, parse } of measured) {
    const traced = Number.isFinite(parse.phaseCpuMsPerFile);
    lines.push(
      `| ${size.toLocaleString('en')} | ${parse.bytesPerFile?.toLocaleString('en') ?? '–'} | ${parse.baselineCpuMsPerFile.toFixed(2)} | ${parse.baselineWallMsPerFile.toFixed(2)} | ${traced ? `${parse.parseWallS.toFixed(2)} s` : '–'} | ${traced ? `${parse.parseCpuS.toFixed(2)} s` : '–'} | ${traced && parse.parseWallS > 0 ? (parse.parseCpuS / parse.parseWallS).toFixed(2) : '–'} | ${traced ? parse.phaseCpuMsPerFile.toFixed(2) : '–'} | ${traced ? `${(parse.phaseCpuMsPerFile / parse.baselineCpuMsPerFile).toFixed(2)} ×` : '–'} | ${traced ? `${parse.startupS.toFixed(2)} s` : '–'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Text for one table cell: no pipes or line breaks. */
function cell(text) {
  return String(text).replaceAll('|', '/').replaceAll('\n', ' ');
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
