/**
 * Property test at the site: a random journal (odd file names, front matter
 * `permalink` and `slug`, hostile Markdown) is built, errors or not, and
 * whether the build succeeds or fails, nothing changes outside the output
 * folder: not the content folder, not the project, not its parent.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { hasFailures } from '../../src/findings/finding.js';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { buildSite } from '../../src/site/build-site.js';
import { recordingIo } from '../helpers/io.js';
import { fingerprint, makeTempDir, writeFolder } from './journal-folder.js';
import { randomJournal } from './random-journal.js';

const root = makeTempDir('logbook-random-build-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every path under a folder (links not followed), relative to it. */
function allPaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('random journals, built', () => {
  it('build whenever check passes, and never write outside the output folder, whether the build succeeds or not', async () => {
    let run = 0;
    let built = 0;
    await fc.assert(
      fc.asyncProperty(randomJournal, async (spec) => {
        // <run>/sentinel.txt beside the project, <run>/project/content, <run>/project/_site
        const runDir = join(root, String(run++));
        const project = join(runDir, 'project');
        const content = join(project, 'content');
        mkdirSync(runDir, { recursive: true });
        writeFileSync(join(runDir, 'sentinel.txt'), 'beside the project');
        writeFolder(content, spec);
        const contentBefore = fingerprint(content);
        const outsideBefore = allPaths(runDir).filter((path) => !path.startsWith(`project${sep}`) && path !== 'project');

        const loaded = await loadJournal({ contentDir: content, cwd: project, today: '2026-03-11' as IsoDate });
        const outputDir = join(project, '_site');
        const clean = !hasFailures(loaded.files);
        try {
          await buildSite({ journal: loaded.journal, today: loaded.today, contentRoot: loaded.root, outputDir, projectDir: project, search: false });
          built++;
        } catch (error) {
          // A journal the command line refuses (it has errors) may fail to build; a clean one may not.
          if (clean) throw error;
        }

        expect(fingerprint(content)).toBe(contentBefore);
        const projectEntries = readdirSync(project).sort();
        expect(projectEntries.filter((name) => name !== 'content' && name !== '_site')).toEqual([]);
        const outside = allPaths(runDir).filter((path) => !path.startsWith(`project${sep}`) && path !== 'project');
        expect(outside).toEqual(outsideBefore);
        for (const path of projectEntries.includes('_site') ? allPaths(outputDir) : []) {
          expect(relative(outputDir, join(outputDir, path)).startsWith('..')).toBe(false);
        }
        rmSync(runDir, { recursive: true, force: true });
      }),
      { numRuns: Number(process.env.PROPERTY_BUILDS ?? 25) },
    );
    if (process.env.HARDENING_TIMES) console.log(`${built} of ${run} random journals built`);
    expect(built).toBeGreaterThan(0);
  });
});

describe('odd file names, built with the command line', () => {
  it('stay inside the output folder; names no link can reach are left out with a warning', async () => {
    const runDir = join(root, 'odd-names');
    const project = join(runDir, 'project');
    mkdirSync(project, { recursive: true });
    writeFolder(join(project, 'content'), {
      'journal.yml': 'title: Odd names\n',
      'pages/%2e%2e/%2e%2e/up.md': '# Encoded dots\n',
      'pages/q?x#y.md': '# Query and fragment\n',
      'pages/ space .md': '# Spaces\n',
      'pages/日记.md': '# Diary\n',
      'pages/Über uns.md': '# About us\n',
      '...md': '# A hidden file\n',
      'pages/.hidden.md': '# Another hidden file\n',
      'assets/a b#c?.txt': 'asset',
      'assets/a b.txt': 'asset',
    });
    const io = recordingIo(project);
    const code = await main(['build', '--today', '2026-03-11'], io);
    expect(code, io.err).toBe(0);
    for (const name of ['pages/%2e%2e/%2e%2e/up.md', 'pages/q?x#y.md', 'pages/ space .md', 'assets/a b#c?.txt']) {
      expect(io.out, name).toContain(`content/${name}\n1:1 warning`);
    }
    expect(io.out.match(/file\/unsafe-name/g)).toHaveLength(4);
    expect(readdirSync(runDir)).toEqual(['project']);
    expect(readdirSync(project).sort()).toEqual(['_site', 'content']);
    const pages = allPaths(join(project, '_site')).filter((path) => path.startsWith(`pages${sep}`) || /^[^/]*(%2e|\\|\?| |日|Ü)/.test(path));
    expect(pages.filter((path) => path.endsWith('index.html')).sort()).toEqual(['日记/index.html', 'Über uns/index.html'].sort());
    expect(allPaths(join(project, '_site'))).toContain(join('assets', 'a b.txt'));
    expect(allPaths(join(project, '_site'))).not.toContain(join('assets', 'a b#c?.txt'));
  });
});
