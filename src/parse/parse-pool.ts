/**
 * Parsing spread over worker threads: this thread and one or more workers
 * (parse-worker.ts) take the next file from one shared counter until none
 * is left, so the work balances itself. A worker that fails, crashes or
 * stalls loses nothing: every file it took and did not answer for has no
 * record, and the caller parses it itself.
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { GoalTemplate } from '../model/types.js';
import type { ParseTask, WorkerData, WorkerMessage } from './parse-worker-protocol.js';

export interface ParallelOptions {
  /** Fewest files to parse (after cache hits) for worker threads to be worth starting; default 500. */
  minFiles?: number;
  /** How many worker threads; default one fewer than the cores (at most 3), none on one core. */
  workers?: number;
  /** The worker's script (tests use others); default the compiled parse-worker.js. */
  script?: URL;
  /** A worker that sends nothing for this long is given up on and its files parsed here; default 60 s. */
  stallMs?: number;
  /** `false`: this thread leaves every file to the workers, parsing only what they fail on (for tests). */
  parseHere?: boolean;
}

export interface PoolResult {
  /** Each task's record from a worker, by task; none for a task parsed here or not answered. */
  records: (Uint8Array | undefined)[];
  /** The tasks this thread parsed (with `parseHere`). */
  parsedHere: Set<number>;
}

/** Parse `tasks` over `workers` threads and this one (`parseHere(task)`). */
export async function parseInPool(tasks: ParseTask[], template: GoalTemplate, parallel: ParallelOptions & { workers: number }, parseHere: (task: number) => void): Promise<PoolResult> {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const records: (Uint8Array | undefined)[] = new Array(tasks.length);
  const workers = Array.from({ length: parallel.workers }, () =>
    runWorker(parallel.script ?? defaultScript(), { tasks, template, counter }, records, parallel.stallMs ?? 60_000),
  );
  // This thread takes its share too, from the same counter.
  const take = () => (parallel.parseHere === false ? tasks.length : Atomics.add(counter, 0, 1));
  const parsedHere = new Set<number>();
  for (let task = take(); task < tasks.length; task = take()) {
    parseHere(task);
    parsedHere.add(task);
  }
  for (const worker of workers) worker.watch();
  await Promise.all(workers.map((worker) => worker.settled));
  return { records, parsedHere };
}

/** The compiled worker; under the test runner (running TypeScript sources) the one in dist/. */
function defaultScript(): URL {
  return workerScript(import.meta.url.endsWith('.ts') ? new URL('../../dist/parse/', import.meta.url) : new URL('./', import.meta.url));
}

/**
 * The worker to start from the compiled folder `dir` (dist/parse/). Bundled into one file with its
 * dependencies (scripts/bundle-parse-worker.mjs) it starts in a third of the CPU time, so the bundle
 * is started when it is at least as new as the compiled worker (`tsc` alone leaves it stale) and as
 * npm's record of the last install (an upgraded parser is not in it); else the compiled worker.
 */
export function workerScript(dir: URL): URL {
  const worker = new URL('parse-worker.js', dir);
  const bundle = new URL('parse-worker.bundle.mjs', dir);
  try {
    const made = statSync(bundle).mtimeMs;
    if (made < statSync(worker).mtimeMs) return worker;
    const installed = statSync(new URL('../../node_modules/.package-lock.json', dir), { throwIfNoEntry: false });
    return installed === undefined || made >= installed.mtimeMs ? bundle : worker;
  } catch {
    return worker;
  }
}

interface RunningWorker {
  /** Settles when the worker is done, has failed or was given up on; never rejects. */
  settled: Promise<void>;
  /** Start watching for a stall (once this thread waits for the worker: while it parses, no timer runs). */
  watch(): void;
}

/** Start one worker; its records land in `records` by task, whatever it does not answer stays empty. */
function runWorker(script: URL, data: WorkerData, records: (Uint8Array | undefined)[], stallMs: number): RunningWorker {
  let watch = () => {};
  const settled = new Promise<void>((resolve) => {
    let worker: Worker;
    try {
      // Its output is not ours to print: a worker only answers with messages.
      worker = new Worker(script, { workerData: data, stdout: true, stderr: true });
    } catch {
      return resolve();
    }
    worker.stdout.resume();
    worker.stderr.resume();
    let timer: NodeJS.Timeout | undefined;
    let watching = false;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
      resolve();
    };
    watch = () => {
      watching = true;
      clearTimeout(timer);
      timer = setTimeout(finish, stallMs);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (watching) watch();
      if (message?.type === 'done') return finish();
      if (message?.type !== 'records' || !Array.isArray(message.tasks) || !Array.isArray(message.lengths) || !(message.buffer instanceof ArrayBuffer)) return;
      const bytes = new Uint8Array(message.buffer);
      let at = 0;
      message.tasks.forEach((task, position) => {
        const length = message.lengths[position];
        if (!Number.isInteger(length) || length! < 0) return;
        if (Number.isInteger(task) && task >= 0 && task < records.length && at + length! <= bytes.length) records[task] = bytes.subarray(at, at + length!);
        at += length!;
      });
    });
    worker.on('error', finish);
    worker.on('exit', finish);
  });
  return { settled, watch: () => watch() };
}
