/**
 * A thread that draws link-preview images (see draw-images.ts): it takes
 * the next job from the shared counter, draws it, writes the file and says
 * which job is done, until none is left.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { drawCard } from './draw-card.js';
import type { DrawJob } from './draw-images.js';

const { jobs, counter } = workerData as { jobs: DrawJob[]; counter: Int32Array };

/**
 * A young-generation collection after each image. Each image's pixels (3 MB,
 * held by resvg outside the JavaScript heap) are freed only when their
 * short-lived JavaScript handle is collected, and the engine, not seeing
 * that memory, collects late. A minor collection costs next to nothing (no
 * CPU difference measured at 1,000 files) and took the peak of a cold build
 * at 1,000 files from 621 to 550 MB; a full one every 8 images went lower
 * (506 MB) but cost 40 % more CPU.
 */
const collect = exposeGc();

function exposeGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as (options: { type: 'minor' }) => void;
    return () => gc({ type: 'minor' });
  } catch {
    return undefined;
  }
}

for (let job = Atomics.add(counter, 0, 1); job < jobs.length; job = Atomics.add(counter, 0, 1)) {
  const { file, card } = jobs[job]!;
  try {
    const png = await drawCard(card);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png, { flag: 'wx' });
    parentPort!.postMessage({ done: job });
    collect?.();
  } catch (error) {
    // The main thread draws it again and reports the failure if it is real.
    parentPort!.postMessage({ failed: job, message: String(error) });
  }
}
