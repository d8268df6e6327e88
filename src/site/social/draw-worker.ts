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

const { jobs, counter } = workerData as { jobs: DrawJob[]; counter: Int32Array };

for (let job = Atomics.add(counter, 0, 1); job < jobs.length; job = Atomics.add(counter, 0, 1)) {
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
