/**
 * Start-up: how long each command runs before its first phase ("[trace]
 * start"), in wall and CPU milliseconds, median of several runs; for
 * commands without phases (rules, --version), the whole process. Runs
 * alternate between the Node binaries and code trees compared, so a busy
 * machine slows them alike.
 *
 *   node bench/startup.mjs [--node PATH]... [--tree LABEL=DIR]... [--runs N] [--size FILES]
 *
 * A tree is a logbook checkout with its dist/ compiled (default: this one).
 * The journal is generated (bench/generate-journal.mjs) in a project folder
 * with node_modules, so `build` and `check` keep their cache: the numbers
 * are for warm runs, the usual case; the first run of each fills the caches.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_TODAY, generateJournal } from './generate-journal.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROBE = fileURLToPath(new URL('./startup-probe.mjs', import.meta.url));
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const { values } = parseArgs({
  options: {
    node: { type: 'string', multiple: true, default: [process.execPath] },
    tree: { type: 'string', multiple: true, default: [`this=${ROOT}`] },
    runs: { type: 'string', default: '7' },
    size: { type: 'string', default: '1000' },
    commands: { type: 'string', default: 'check,build,rules,--version' },
  },
});

const trees = values.tree.map((spec) => {
  const at = spec.indexOf('=');
  return { label: spec.slice(0, at), dir: spec.slice(at + 1) };
});
const commands = values.commands.split(',');
const runs = Number(values.runs);

const work = await mkdtemp(join(tmpdir(), 'logbook-startup-'));
try {
  await generateJournal(join(work, 'content'), Number(values.size));
  await mkdir(join(work, 'node_modules'));
  const variants = values.node.flatMap((node) => trees.map((tree) => ({ node, tree, label: `${tree.label} · Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}` })));
  const results = new Map();
  for (const command of commands) {
    const argv = command === 'check' || command === 'build' ? [command, '--today', BENCH_TODAY] : [command];
    // One untimed run each: the caches (logbook's and Node's) are filled.
    for (const variant of variants) await run(variant, argv);
    for (let i = 0; i < runs; i++) {
      for (const variant of variants) {
        const key = `${command}\t${variant.label}`;
        if (!results.has(key)) results.set(key, []);
        results.get(key).push(await run(variant, argv));
      }
    }
  }
  console.log(`| command | code · Node | wall ms | CPU ms |\n|---|---|---|---|`);
  for (const [key, samples] of results) {
    const [command, label] = key.split('\t');
    console.log(`| ${command} | ${label} | ${median(samples.map((s) => s.wall)).toFixed(0)} | ${median(samples.map((s) => s.cpu)).toFixed(0)} |`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

/** One run: until the first phase for check and build, else the whole process. */
function run({ node, tree }, argv) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // GNU time counts the whole process's CPU, for commands without phases.
    const command = [node, '--import', PROBE, join(tree.dir, 'bin', 'logbook.js'), ...argv];
    const child = spawn(GNU_TIME ?? command[0], GNU_TIME ? ['-f', '[time] %e %U %S', ...command] : command.slice(1), {
      cwd: work,
      env: { ...process.env, LOGBOOK_TRACE: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`${argv.join(' ')} exited with ${code}: ${stderr}`));
      const mark = /^\[startup\] ([\d.]+) ([\d.]+)$/m.exec(stderr);
      if (mark) return resolve({ wall: Number(mark[1]), cpu: Number(mark[2]) });
      // No phases: the whole process.
      const time = /^\[time\] ([\d.]+) ([\d.]+) ([\d.]+)$/m.exec(stderr);
      resolve({ wall, cpu: time ? (Number(time[2]) + Number(time[3])) * 1000 : Number.NaN });
    });
  });
}

function median(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor(sorted.length / 2)];
}
