// A parse worker that takes a file, then throws (an uncaught exception in the worker).
import { workerData } from 'node:worker_threads';
Atomics.add(workerData.counter, 0, 1);
setTimeout(() => {
  throw new Error('this worker fails while parsing');
}, 10);
