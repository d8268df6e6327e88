/**
 * When Eleventy fails part-way (here: a page whose file would go where
 * another page's folder is) while pages are handed on to the search
 * indexer, the failure is reported once: nothing appears in the folder
 * afterwards and no promise is left to reject unhandled (handing pages on
 * must not give Eleventy's event loop a turn mid-write).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LAYOUTS_DIR } from '../../src/site/build-site.js';
import { runEleventy } from '../../src/site/eleventy/run-eleventy.js';
import type { SitePage } from '../../src/site/site-page.js';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

const page = (url: string): SitePage => ({ url, layout: 'page.njk', view: { title: url, description: url, body: `<p>${url}</p>` } });

describe('Eleventy failing part-way', () => {
  it('writes nothing more once the failure is reported', async () => {
    const outputDir = await mkdtemp(join(tmpdir(), 'logbook-eleventy-fail-'));
    folders.push(outputDir);
    const pages = [page('/a/index.html/'), page('/a/'), ...Array.from({ length: 40 }, (_, i) => page(`/p${i}/`))];
    const seen: string[] = [];
    const site = { title: 'T', language: 'en', pathPrefix: '/', nav: [] };
    await expect(runEleventy({ pages, site, layoutsDir: LAYOUTS_DIR, outputDir, pathPrefix: '/', onPage: (path) => seen.push(path) })).rejects.toThrow();
    await rm(outputDir, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(readdir(outputDir)).rejects.toThrow(/ENOENT/);
    expect(seen.length).toBeGreaterThan(0);
  });
});
