/**
 * Parse every Markdown file of a journal, each exactly once: unchanged files
 * come from the parse cache, and the rest are parsed here or, when there
 * are enough of them, spread over the machine's cores.
 *
 * In parallel, this thread and one or more worker threads (parse-worker.ts)
 * take the next file from one shared counter until none is left, so the
 * work balances itself. A worker answers with each file's record (see
 * parse-record.ts): this thread decodes it (the trees only when read),
 * reports its findings on the file, and keeps the same bytes in the cache.
 * A worker that fails, crashes or stalls loses nothing: every file it took
 * and did not answer for is parsed here. The result is the same as a
 * parse in this thread alone, in the same order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { VFile } from 'vfile';
import { decodeRecord, encodeRecord, type CachedParse } from '../workspace/parse-record.js';
import type { Workspace } from '../workspace/workspace.js';
import { report } from '../findings/finding.js';
import type { Entry, GoalTemplate } from '../model/types.js';
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

export interface ParseFilesOptions {
  /** Where parsed entries of earlier runs are kept; unchanged files are not parsed again. */
  workspace?: Workspace;
  /** How to spread the parsing over threads. */
  parallel?: ParallelOptions;
}

const DEFAULT_MIN_FILES = 500;

/** The entry of each file (in order; `undefined` where a file holds none), its findings reported on it. */
export async function parseFiles(files: readonly VFile[], template: GoalTemplate, options: ParseFilesOptions = {}): Promise<(Entry | undefined)[]> {
  const cache = options.workspace?.parses;
  const templateJson = JSON.stringify(template);
  const entries: (Entry | undefined)[] = new Array(files.length);
  const keys: string[] = [];
  const misses: number[] = [];
  files.forEach((file, index) => {
    if (!cache) return misses.push(index);
    const key = cache.keyOf(file.data.contentPath!, String(file.value), templateJson);
    keys[index] = key;
    const hit = cache.get(key);
    if (!hit) return misses.push(index);
    for (const finding of hit.findings) report(file, finding);
    entries[index] = hit.entry;
  });

  if (misses.length === 0) return entries;
  // The parser is loaded only when some file is not in the cache.
  const { parseToCached } = await import('./parse-to-cached.js');
  const parseHere = (index: number) => {
    const parsed = parseToCached(files[index]!, template);
    if (!cache) {
      entries[index] = parsed.entry;
      return;
    }
    // The record is made for the cache anyway; the entry decoded from it keeps its trees as
    // bytes until they are read, so the freshly parsed trees die young instead of filling the heap.
    // Read back through the cache, so that a cache keeping objects (serve's) hands out the same one next time.
    entries[index] = cache.put(keys[index]!, encodeRecord(parsed)).entry;
  };
  const parallel = options.parallel ?? {};
  const workerCount = parallel.workers ?? Math.min(3, availableParallelism() - 1);
  if (misses.length < (parallel.minFiles ?? DEFAULT_MIN_FILES) || workerCount < 1) {
    for (const index of misses) parseHere(index);
    return entries;
  }

  const tasks: ParseTask[] = misses.map((index) => {
    const file = files[index]!;
    return { path: file.path, cwd: file.cwd, contentPath: file.data.contentPath!, text: String(file.value) };
  });
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const records: (Uint8Array | undefined)[] = new Array(misses.length);
  const workers = Array.from({ length: workerCount }, () =>
    runWorker(parallel.script ?? defaultScript(), { tasks, template, counter }, records, parallel.stallMs ?? 60_000),
  );
  // This thread takes its share too, from the same counter.
  const takeHere = () => (parallel.parseHere === false ? tasks.length : Atomics.add(counter, 0, 1));
  const parsedHere = new Set<number>();
  for (let task = takeHere(); task < tasks.length; task = takeHere()) {
    parseHere(misses[task]!);
    parsedHere.add(task);
  }
  for (const worker of workers) worker.watch();
  await Promise.all(workers.map((worker) => worker.settled));

  tasks.forEach((_, task) => {
    if (parsedHere.has(task)) return;
    const index = misses[task]!;
    const record = records[task];
    let parsed: CachedParse | undefined;
    try {
      parsed = record ? decodeRecord(record) : undefined;
    } catch {
      parsed = undefined; // a damaged answer: parse it here
    }
    if (!parsed) return parseHere(index);
    for (const finding of parsed.findings) report(files[index]!, finding);
    if (!cache) return void (entries[index] = parsed.entry);
    entries[index] = cache.put(keys[index]!, record!).entry;
  });
  return entries;
}

/** The compiled worker; under the test runner (running TypeScript sources) the one in dist/. */
function defaultScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/parse/parse-worker.js', import.meta.url) : new URL('./parse-worker.js', import.meta.url);
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
