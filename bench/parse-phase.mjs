/**
 * logbook's parse phase alone, as a cold `check` runs it (cache on disk and
 * empty, or `--no-cache` with MODE=off; INLINING=1 for V8's default inlining): wall time, the process's CPU, and
 * each thread's CPU read from /proc (Linux): the main thread, the parse
 * worker (counted as it exits) and V8's background threads (optimising
 * compiler, GC helpers). Run it next to bench/parse-baseline.mjs.
 * Usage: node bench/parse-phase.mjs <content folder>   (after npm run compile)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { readContent } from '../dist/load/read-content.js';
import { parseJournal } from '../dist/parse/parse-journal.js';
import { openWorkspace } from '../dist/workspace/workspace.js';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: parse-phase.mjs <content folder>');
// As bin/logbook.js runs `check` and `build` (INLINING=1: V8's default, to compare).
if (process.env.INLINING !== '1') setFlagsFromString('--no-turbo-inlining');

/** CPU ms of each live thread of this process. */
function threads() {
  const out = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

const content = await readContent(dir, { cwd: dir });
const cacheDir = mkdtempSync(join(tmpdir(), 'logbook-parse-phase-'));
const workspace = await openWorkspace(process.env.MODE === 'off' ? { mode: 'off' } : { mode: 'disk', dir: cacheDir });
const before = threads();
const cpuBefore = process.cpuUsage();
const start = performance.now();
await parseJournal(content, 'journal.yml', { workspace });
const wall = performance.now() - start;
const used = process.cpuUsage(cpuBefore);
const after = threads();
rmSync(cacheDir, { recursive: true, force: true });

const cpu = (used.user + used.system) / 1000;
const files = content.markdown.length;
let main = 0;
let background = 0;
for (const [tid, ms] of after) {
  const spent = ms - (before.get(tid) ?? 0);
  if (tid === String(process.pid)) main = spent;
  else background += spent;
}
// A worker that already ended is no longer listed: what is left of the process's CPU.
const ended = Math.max(0, cpu - main - background);
console.log(
  `${files} files: wall ${wall.toFixed(0)} ms, CPU ${cpu.toFixed(0)} ms, CPU/wall ${(cpu / wall).toFixed(2)}, ` +
    `${(cpu / files).toFixed(2)} ms CPU per file | main thread ${main} ms, other live threads ${background} ms ` +
    `(V8's background threads and a worker still ending), ended threads ${ended.toFixed(0)} ms`,
);
