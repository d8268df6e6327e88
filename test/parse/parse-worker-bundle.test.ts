/**
 * The parse worker is started from its bundle (scripts/bundle-parse-worker.mjs,
 * made by `npm run compile`) only while the bundle is as new as the compiled
 * worker and the last npm install: a bundle left stale by `tsc` alone or by an
 * upgraded dependency would parse with old code.
 */
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workerScript } from '../../src/parse/parse-pool.js';

let root: string;
let parseDir: string;

async function touch(path: string, seconds: number): Promise<void> {
  await writeFile(path, '');
  await utimes(path, seconds, seconds);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'logbook-worker-bundle-'));
  parseDir = join(root, 'dist', 'parse');
  await mkdir(parseDir, { recursive: true });
  await mkdir(join(root, 'node_modules'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const chosen = () => workerScript(pathToFileURL(`${parseDir}/`)).pathname.split('/').pop();

describe('which parse worker is started', () => {
  it('the bundle, when it is newer than the compiled worker and the install', async () => {
    await touch(join(root, 'node_modules', '.package-lock.json'), 1_000);
    await touch(join(parseDir, 'parse-worker.js'), 2_000);
    await touch(join(parseDir, 'parse-worker.bundle.mjs'), 3_000);
    expect(chosen()).toBe('parse-worker.bundle.mjs');
  });

  it('the compiled worker, when tsc ran after the bundle was made', async () => {
    await touch(join(parseDir, 'parse-worker.bundle.mjs'), 2_000);
    await touch(join(parseDir, 'parse-worker.js'), 3_000);
    expect(chosen()).toBe('parse-worker.js');
  });

  it('the compiled worker, when npm installed something after the bundle was made', async () => {
    await touch(join(parseDir, 'parse-worker.js'), 1_000);
    await touch(join(parseDir, 'parse-worker.bundle.mjs'), 2_000);
    await touch(join(root, 'node_modules', '.package-lock.json'), 3_000);
    expect(chosen()).toBe('parse-worker.js');
  });

  it('the compiled worker, when there is no bundle', async () => {
    await touch(join(parseDir, 'parse-worker.js'), 1_000);
    expect(chosen()).toBe('parse-worker.js');
  });

  it('the bundle of this checkout after `npm run compile`', () => {
    const dist = new URL('../../dist/parse/', import.meta.url);
    expect(workerScript(dist).pathname.endsWith('/dist/parse/parse-worker.bundle.mjs')).toBe(true);
  });
});
