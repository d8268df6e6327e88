/**
 * A parse worker (see parse-pool.ts): takes the next file from the shared
 * counter until none is left, parses it, and answers with its record, a few
 * records to a message. A file whose parse throws gets no record, so the
 * main thread parses it again and meets the same error there.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { VFile } from 'vfile';
import { encodeRecord } from '../workspace/parse-record.js';
import { parseToCached } from './parse-to-cached.js';
import type { WorkerData, WorkerMessage } from './parse-worker-protocol.js';

const { tasks, template, counter } = workerData as WorkerData;
const port = parentPort!;

/** Send what is ready after this many records or this many milliseconds. */
const BATCH = 64;
const BATCH_MS = 50;

let pending: { task: number; record: Uint8Array }[] = [];
let size = 0;
let sentAt = performance.now();

function send(): void {
  if (pending.length === 0) return;
  const buffer = new ArrayBuffer(size);
  const bytes = new Uint8Array(buffer);
  let at = 0;
  for (const { record } of pending) {
    bytes.set(record, at);
    at += record.byteLength;
  }
  const message: WorkerMessage = { type: 'records', tasks: pending.map((item) => item.task), lengths: pending.map((item) => item.record.byteLength), buffer };
  port.postMessage(message, [buffer]);
  pending = [];
  size = 0;
  sentAt = performance.now();
}

for (let task = Atomics.add(counter, 0, 1); task < tasks.length; task = Atomics.add(counter, 0, 1)) {
  const { path, cwd, contentPath, text } = tasks[task]!;
  const file = new VFile({ path, cwd, value: text });
  file.data.contentPath = contentPath;
  try {
    const record = encodeRecord(parseToCached(file, template));
    pending.push({ task, record });
    size += record.byteLength;
  } catch {
    // No record: the main thread parses this file itself.
  }
  if (pending.length >= BATCH || performance.now() - sentAt > BATCH_MS) send();
}
send();
port.postMessage({ type: 'done' } satisfies WorkerMessage);
