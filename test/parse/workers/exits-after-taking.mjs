// A parse worker that takes three files, then ends its thread without answering for them.
import { workerData } from 'node:worker_threads';
for (let i = 0; i < 3; i++) Atomics.add(workerData.counter, 0, 1);
process.exit(1);
