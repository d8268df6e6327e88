/**
 * Parse every Markdown file of a journal, each exactly once: unchanged files
 * come from the workspace's parse store, and the rest are parsed here or,
 * when there are enough of them, spread over the machine's cores (see
 * parse-pool.ts). A worker's record (see parse-record.ts) is decoded here,
 * its findings reported on the file, and the same bytes kept in the store;
 * a file no worker answered for is parsed here. The result is the same as
 * a parse in this thread alone, in the same order.
 */
import { availableParallelism } from 'node:os';
import type { VFile } from 'vfile';
import { decodeRecord, encodeRecord, type CachedParse } from '../workspace/parse-record.js';
import type { Workspace } from '../workspace/workspace.js';
import { report } from '../findings/finding.js';
import type { Entry, GoalTemplate } from '../model/types.js';
import { parseInPool, type ParallelOptions } from './parse-pool.js';
import type { ParseTask } from './parse-worker-protocol.js';

export type { ParallelOptions };

export interface ParseFilesOptions {
  /** Where parsed entries of earlier runs are kept; unchanged files are not parsed again. */
  workspace?: Workspace;
  /** How to spread the parsing over threads. */
  parallel?: ParallelOptions;
}

const DEFAULT_MIN_FILES = 500;

/** The entry of each file (in order; `undefined` where a file holds none), its findings reported on it. */
export async function parseFiles(files: readonly VFile[], template: GoalTemplate, options: ParseFilesOptions = {}): Promise<(Entry | undefined)[]> {
  const cache = options.workspace?.parses;
  const templateJson = JSON.stringify(template);
  const entries: (Entry | undefined)[] = new Array(files.length);
  const keys: string[] = [];
  const misses: number[] = [];
  files.forEach((file, index) => {
    if (!cache) return misses.push(index);
    const key = cache.keyOf(file.data.contentPath!, String(file.value), templateJson);
    keys[index] = key;
    const hit = cache.get(key);
    if (!hit) return misses.push(index);
    for (const finding of hit.findings) report(file, finding);
    entries[index] = hit.entry;
  });

  if (misses.length === 0) return entries;
  // The parser is loaded only when some file is not in the cache.
  const { parseToCached } = await import('./parse-to-cached.js');
  const parseHere = (index: number) => {
    const parsed = parseToCached(files[index]!, template);
    if (!cache) {
      entries[index] = parsed.entry;
      return;
    }
    // The record is made for the cache anyway; the entry decoded from it keeps its trees as
    // bytes until they are read, so the freshly parsed trees die young instead of filling the heap.
    // Read back through the cache, so that a cache keeping objects (serve's) hands out the same one next time.
    entries[index] = cache.put(keys[index]!, encodeRecord(parsed)).entry;
  };
  const parallel = options.parallel ?? {};
  const workerCount = parallel.workers ?? Math.min(3, availableParallelism() - 1);
  if (misses.length < (parallel.minFiles ?? DEFAULT_MIN_FILES) || workerCount < 1) {
    for (const index of misses) parseHere(index);
    return entries;
  }

  const tasks: ParseTask[] = misses.map((index) => {
    const file = files[index]!;
    return { path: file.path, cwd: file.cwd, contentPath: file.data.contentPath!, text: String(file.value) };
  });
  const { records, parsedHere } = await parseInPool(tasks, template, { ...parallel, workers: workerCount }, (task) => parseHere(misses[task]!));

  tasks.forEach((_, task) => {
    if (parsedHere.has(task)) return;
    const index = misses[task]!;
    const record = records[task];
    let parsed: CachedParse | undefined;
    try {
      parsed = record ? decodeRecord(record) : undefined;
    } catch {
      parsed = undefined; // a damaged answer: parse it here
    }
    if (!parsed) return parseHere(index);
    for (const finding of parsed.findings) report(files[index]!, finding);
    if (!cache) return void (entries[index] = parsed.entry);
    entries[index] = cache.put(keys[index]!, record!).entry;
  });
  return entries;
}
