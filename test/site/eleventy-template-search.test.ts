/**
 * Eleventy's search for templates stays inside its own input folder: given
 * that folder as an absolute path, its glob library started at the file
 * system's root and listed the whole temporary folder on the way (every
 * other program's entries in /tmp, 35–150 ms on a busy machine, on every
 * build). Every folder listed while Eleventy runs is recorded through
 * `fs.readdir`, which the glob library calls.
 */
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LAYOUTS_DIR } from '../../src/site/build-site.js';
import { runEleventy } from '../../src/site/eleventy/run-eleventy.js';

const folders: string[] = [];
const realReaddir = fs.readdir;
afterEach(async () => {
  fs.readdir = realReaddir;
  syncBuiltinESMExports();
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe("Eleventy's template search", () => {
  it('lists neither the root folder nor the temporary folder', async () => {
    const outputDir = await mkdtemp(join(tmpdir(), 'logbook-template-search-'));
    folders.push(outputDir);
    const listed: string[] = [];
    fs.readdir = ((path: fs.PathLike, ...rest: unknown[]) => {
      listed.push(resolve(String(path)));
      return (realReaddir as (...args: unknown[]) => void)(path, ...rest);
    }) as typeof fs.readdir;
    syncBuiltinESMExports();
    const site = { title: 'T', language: 'en', pathPrefix: '/', nav: [] };
    const pages = [{ url: '/a/', layout: 'page.njk', view: { title: 'A', description: 'A', body: '<p>A</p>' } }];
    let written = 0;
    await runEleventy({ pages, site, layoutsDir: LAYOUTS_DIR, outputDir, pathPrefix: '/', onPage: () => written++ });
    expect(written).toBe(1);
    // It did search (its input folder was listed), but from that folder down.
    expect(listed.some((path) => path.includes('logbook-input-'))).toBe(true);
    expect(listed).not.toContain(resolve('/'));
    expect(listed).not.toContain(resolve(tmpdir()));
  });
});
