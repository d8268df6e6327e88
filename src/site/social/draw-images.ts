/**
 * Drawing the link-preview images beside Eleventy: worker threads
 * (draw-worker.ts) take jobs from one shared counter while this thread lays
 * the pages out; once Eleventy is done, this thread takes its share of what
 * is left, and draws again whatever a worker failed on or did not answer
 * for. A drawing costs tens of milliseconds of CPU, so a journal of
 * hundreds of pages is drawn on every core.
 *
 * Memory: each image's pixels (3 MB at 1200×630) are freed with it (see
 * draw-card.ts: resvg's asynchronous render), so a worker draws until no job
 * is left; a new one takes over only when one fails.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SocialCard } from './social-card.js';

export interface DrawJob {
  /** The file to write (absolute; it does not exist yet). */
  file: string;
  card: SocialCard;
}

/** Fewest jobs for a worker thread to be worth its start (it loads satori, resvg and the font: about a quarter of a second). */
const MIN_JOBS_FOR_WORKERS = 16;

export interface Drawing {
  /** Draw what the workers have not, wait for them, and return how many images were drawn. */
  finish(): Promise<number>;
  /** Stop the workers (after a failure: the folder they write into is going away). */
  cancel(): Promise<void>;
}

/** Start drawing `jobs` in worker threads (when there are enough of them); `finish` after Eleventy. */
export function startDrawing(jobs: readonly DrawJob[], { workers = Math.max(1, Math.min(3, availableParallelism() - 1)) } = {}): Drawing {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const done = new Uint8Array(jobs.length);
  const running = new Set<Worker>();
  let cancelled = false;
  const useWorkers = jobs.length >= MIN_JOBS_FOR_WORKERS;
  /** One line of workers, one after the other, until no job is left. */
  const line = async () => {
    while (!cancelled && Atomics.load(counter, 0) < jobs.length) {
      const before = Atomics.load(counter, 0);
      // A worker that could not start, or took nothing (it failed to load): this thread draws what is left.
      if (!(await runWorker(jobs, counter, done, running)) || Atomics.load(counter, 0) === before) return;
    }
  };
  const lines = useWorkers ? Array.from({ length: workers }, line) : [];
  return {
    async cancel() {
      cancelled = true;
      await Promise.all([...running].map((worker) => worker.terminate()));
    },
    async finish() {
      if (useWorkers) lines.push(line()); // This thread's core is free now: one more line.
      else for (let job = Atomics.add(counter, 0, 1); job < jobs.length; job = Atomics.add(counter, 0, 1)) await drawHere(jobs[job]!, done, job);
      await Promise.all(lines);
      // Jobs a worker took and did not finish (it failed, or the thread could not start or run).
      for (let job = 0; job < jobs.length; job++) if (done[job] === 0) await drawHere(jobs[job]!, done, job);
      return jobs.length;
    },
  };
}

async function drawHere({ file, card }: DrawJob, done: Uint8Array, job: number): Promise<void> {
  // satori, resvg and the font are loaded only when this thread draws: a build without images never loads them.
  const { drawCard } = await import('./draw-card.js');
  const png = await drawCard(card);
  mkdirSync(dirname(file), { recursive: true });
  // A worker may have written part of it before failing.
  writeFileSync(file, png);
  done[job] = 1;
}

/** The compiled worker; under the test runner (TypeScript sources) the one in dist/. */
function workerScript(): string {
  const beside = fileURLToPath(new URL('./draw-worker.js', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../../dist/site/social/draw-worker.js', import.meta.url));
}

/** One worker, drawing jobs until none is left; settles (true) when it is done or gone, false when it could not start; never rejects. */
function runWorker(jobs: readonly DrawJob[], counter: Int32Array, done: Uint8Array, running: Set<Worker>): Promise<boolean> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(workerScript(), { workerData: { jobs, counter }, stdout: true, stderr: true });
    } catch {
      return resolve(false);
    }
    running.add(worker);
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (message: { done?: number }) => {
      if (message.done !== undefined) done[message.done] = 1;
    });
    worker.on('error', () => resolve(true));
    worker.on('exit', () => {
      running.delete(worker);
      resolve(true);
    });
  });
}
