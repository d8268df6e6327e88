/**
 * A thread that draws link-preview images (see draw-images.ts): it takes
 * the next job from the shared counter, draws it, writes the file and says
 * which job is done, until none is left.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { drawCard } from './draw-card.js';
import type { DrawJob } from './draw-images.js';

const { jobs, counter, batch } = workerData as { jobs: DrawJob[]; counter: Int32Array; batch: number };

// At most `batch` images, then the thread ends (see draw-images.ts: resvg's memory is returned only then).
for (let taken = 1, job = Atomics.add(counter, 0, 1); job < jobs.length; job = taken++ < batch ? Atomics.add(counter, 0, 1) : jobs.length) {
  const { file, card } = jobs[job]!;
  try {
    const png = await drawCard(card);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png, { flag: 'wx' });
    parentPort!.postMessage({ done: job });
  } catch (error) {
    // The main thread draws it again and reports the failure if it is real.
    parentPort!.postMessage({ failed: job, message: String(error) });
  }
}
