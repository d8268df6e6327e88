/**
 * Whole-process measurement for the benchmark (bench/run.mjs): wall time,
 * CPU time, peak memory, and the processes a command leaves behind.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
/** GNU time, when installed, also counts child processes (Pagefind's indexer). */
export const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** The process group being measured, stopped if the bench itself is interrupted. */
const current = { group: 0, count: 0 };

/** Stop the process group being measured, if any (the bench was interrupted). */
export function stopMeasured() {
  stopGroup(current.group);
}

/**
 * Run a process as a whole and measure it: `node args…` (spec.node, else
 * this Node) with bench/report-usage.mjs preloaded, or `spec.executable
 * args…`. Wall time, peak RSS and CPU time: with GNU time, CPU time includes
 * the process's children and peak RSS is that of the largest process in the
 * tree; without it, a Node process reports its own figures and any other
 * executable none. The process runs in a process group of its own; after it
 * exits, any process still in that group is one it left behind: counted
 * (`childrenLeft`), named on standard error, and stopped.
 */
export async function measure(spec) {
  const { cwd } = spec;
  const usageFile = join(tmpdir(), `logbook-bench-usage-${process.pid}-${++current.count}.txt`);
  await rm(usageFile, { force: true });
  const isNode = !spec.executable;
  const inner = isNode ? [spec.node ?? process.execPath, '--import', join(BENCH, 'report-usage.mjs'), ...spec.args] : [spec.executable, ...spec.args];
  const command = GNU_TIME ? [GNU_TIME, '-o', usageFile, '-f', '%M %U %S', ...inner] : inner;
  const started = performance.now();
  const { code, stderr, stdout, group } = await new Promise((resolvePromise, reject) => {
    const child = spawn(command[0], command.slice(1), {
      cwd,
      // Its own process group (and session), so that what it leaves behind can be found.
      detached: true,
      env: { ...process.env, ...spec.env, BENCH_USAGE_FILE: GNU_TIME || !isNode ? '' : usageFile, NO_COLOR: '1' },
      stdio: ['ignore', spec.keepStdout ? 'pipe' : 'ignore', 'pipe'],
    });
    current.group = child.pid ?? 0;
    let errors = '';
    let output = '';
    const limit = spec.keepStderr ? 1_000_000 : 20_000;
    child.stderr.on('data', (chunk) => {
      if (errors.length < limit) errors += chunk;
    });
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolvePromise({ code: exitCode, stderr: errors, stdout: output, group: child.pid }));
  });
  const wallMs = performance.now() - started;
  const left = await processesInGroup(group);
  if (left.length > 0) {
    process.stderr.write(`  left behind by ${describe(spec)}: ${left.map((entry) => `${entry.pid} ${entry.name} (${entry.state})`).join(', ')}\n`);
    stopGroup(group);
  }
  current.group = 0;
  if (!(spec.okCodes ?? [0]).includes(code)) throw new Error(`${describe(spec)} exited with ${code}:\n${stderr}`);
  const text = await readFile(usageFile, 'utf8').catch(() => undefined);
  await rm(usageFile, { force: true });
  const extra = { childrenLeft: left.length, left, ...(spec.keepStderr ? { stderr } : {}), ...(spec.keepStdout ? { stdout } : {}) };
  if (text === undefined) return { wallMs, maxRssKiB: NaN, cpuMs: NaN, ...extra };
  if (!GNU_TIME) {
    const usage = JSON.parse(text);
    return { wallMs, maxRssKiB: usage.maxRssKiB, cpuMs: usage.cpuMs, ...extra };
  }
  const [maxRssKiB, user, system] = text.trim().split(/\s+/).slice(-3).map(Number);
  return { wallMs, maxRssKiB, cpuMs: (user + system) * 1000, ...extra };
}

function describe(spec) {
  const shown = spec.args.map((arg) => (isAbsolute(arg) ? relative(spec.cwd, arg) || arg : arg)).join(' ');
  return spec.executable ? `${spec.executable} ${shown}` : `node ${shown}`;
}

/** The processes whose process group is `group`, from /proc (Linux); none where /proc is missing. */
async function processesInGroup(group) {
  if (!group || !existsSync('/proc/self/stat')) return [];
  const found = [];
  for (const name of await readdir('/proc')) {
    if (!/^[0-9]+$/.test(name)) continue;
    const stat = await readFile(join('/proc', name, 'stat'), 'utf8').catch(() => '');
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses, so split after the last ')'.
    const close = stat.lastIndexOf(')');
    if (close < 0) continue;
    const [state, , pgrp] = stat.slice(close + 2).split(' ');
    if (Number(pgrp) === group) found.push({ pid: Number(name), name: stat.slice(stat.indexOf('(') + 1, close), state });
  }
  return found;
}

function stopGroup(group) {
  if (!group) return;
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

