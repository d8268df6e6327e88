// A parse worker that takes two files and then never answers nor ends.
import { workerData } from 'node:worker_threads';
Atomics.add(workerData.counter, 0, 1);
Atomics.add(workerData.counter, 0, 1);
setInterval(() => {}, 1000);
