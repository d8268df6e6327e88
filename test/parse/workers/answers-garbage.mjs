// A parse worker that takes every file and answers with bytes that are no record, then says it is done.
import { parentPort, workerData } from 'node:worker_threads';
const tasks = [];
for (let task = Atomics.add(workerData.counter, 0, 1); task < workerData.tasks.length; task = Atomics.add(workerData.counter, 0, 1)) tasks.push(task);
const buffer = new ArrayBuffer(tasks.length * 8);
new Uint8Array(buffer).fill(0xff);
parentPort.postMessage({ type: 'records', tasks, lengths: tasks.map(() => 8), buffer }, [buffer]);
parentPort.postMessage({ type: 'not a message' });
parentPort.postMessage({ type: 'done' });
