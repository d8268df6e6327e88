/** What the parsing thread and a parse worker (parse-worker.ts) say to each other. */
import type { ContentPath, GoalTemplate } from '../model/types.js';

/** One file to parse, as the vfile it was read into. */
export interface ParseTask {
  path: string;
  cwd: string;
  contentPath: ContentPath;
  text: string;
}

/** A worker's `workerData`. */
export interface WorkerData {
  tasks: ParseTask[];
  template: GoalTemplate;
  /** The next task to take, shared by every thread (`Atomics.add`). */
  counter: Int32Array;
}

/**
 * A worker's messages: records of tasks it parsed (one buffer, transferred,
 * holding the records one after the other), then `done` once no task is
 * left. A task it took and sent no record for is parsed by the main thread.
 */
export type WorkerMessage =
  | { type: 'records'; tasks: number[]; lengths: number[]; buffer: ArrayBuffer }
  | { type: 'done' };
