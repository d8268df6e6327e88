/** Node's module compile cache, turned on by bin/logbook.js: its folder, and that nothing about it can stop a command. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { enableCompileCache, nodeModulesOf } from '../../src/cli/compile-cache.js';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'logbook-compile-cache-'));
  made.push(dir);
  return dir;
}

/** A stand-in for node:module's API that records the folder asked for. */
function fakeApi() {
  const asked: (string | undefined)[] = [];
  return {
    asked,
    api: {
      enableCompileCache: (directory?: string) => {
        asked.push(directory);
        return { status: 1, directory: directory ?? '/from/NODE_COMPILE_CACHE' };
      },
    },
  };
}

describe('the compile cache', () => {
  it('lives in logbook\'s own cache folder under its node_modules, and worker threads inherit it', async () => {
    const packageDir = await folder();
    await mkdir(join(packageDir, 'node_modules'));
    const { api, asked } = fakeApi();
    const env: NodeJS.ProcessEnv = {};
    const expected = join(packageDir, 'node_modules', '.cache', 'logbook', 'compile-cache');
    expect(enableCompileCache({ packageDir, api, env })).toBe(expected);
    expect(asked).toEqual([expected]);
    expect(existsSync(expected)).toBe(true);
    expect(env.NODE_COMPILE_CACHE).toBe(expected);
  });

  it('uses the node_modules folder logbook is installed in', async () => {
    const project = await folder();
    expect(nodeModulesOf(join(project, 'node_modules', 'logbook'))).toBe(join(project, 'node_modules'));
    expect(nodeModulesOf(join(project, 'node_modules', '@someone', 'logbook'))).toBe(join(project, 'node_modules'));
  });

  it('is off where there is no node_modules folder (never a folder shared with others)', async () => {
    const { api, asked } = fakeApi();
    expect(enableCompileCache({ packageDir: await folder(), api, env: {} })).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('is off on a Node without it (Node 20), and when NODE_DISABLE_COMPILE_CACHE is set', async () => {
    const packageDir = await folder();
    await mkdir(join(packageDir, 'node_modules'));
    expect(enableCompileCache({ packageDir, api: {}, env: {} })).toBeUndefined();
    const { api, asked } = fakeApi();
    expect(enableCompileCache({ packageDir, api, env: { NODE_DISABLE_COMPILE_CACHE: '1' } })).toBeUndefined();
    expect(asked).toEqual([]);
    expect(existsSync(join(packageDir, 'node_modules', '.cache'))).toBe(false);
  });

  it('leaves the folder to NODE_COMPILE_CACHE when it is set', async () => {
    const packageDir = await folder();
    await mkdir(join(packageDir, 'node_modules'));
    const { api, asked } = fakeApi();
    const env: NodeJS.ProcessEnv = { NODE_COMPILE_CACHE: '/somewhere/else' };
    expect(enableCompileCache({ packageDir, api, env })).toBe('/from/NODE_COMPILE_CACHE');
    expect(asked).toEqual([undefined]);
    expect(env.NODE_COMPILE_CACHE).toBe('/somewhere/else');
  });

  it('never throws: a folder that cannot be made, or Node refusing it, means no cache', async () => {
    const packageDir = await folder();
    await mkdir(join(packageDir, 'node_modules'));
    // A file where the cache folder would go: making the folder fails (as on a read-only disk, even for root).
    await writeFile(join(packageDir, 'node_modules', '.cache'), 'not a folder');
    const { api, asked } = fakeApi();
    expect(enableCompileCache({ packageDir, api, env: {} })).toBeUndefined();
    expect(asked).toEqual([]);

    const other = await folder();
    await mkdir(join(other, 'node_modules'));
    const env: NodeJS.ProcessEnv = {};
    const failing = { enableCompileCache: () => ({ status: 0, message: 'cannot write' }) };
    expect(enableCompileCache({ packageDir: other, api: failing, env })).toBeUndefined();
    expect(env.NODE_COMPILE_CACHE).toBeUndefined();
    const throwing = { enableCompileCache: () => { throw new Error('boom'); } };
    expect(enableCompileCache({ packageDir: other, api: throwing, env })).toBeUndefined();
  });
});
