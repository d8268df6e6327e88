/** Nothing lost: a build with errors writes nothing, and logbook refuses output folders that would destroy something. */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';
import { listFiles, tempProject, writeFiles } from '../helpers/site.js';

const GOOD = {
  'content/journal.yml': 'title: T\n',
  'content/goals/go.md': '---\ntitle: Go\n---\n## Where I am now\nA.\n## Success in one year\nB.\n## Resources\n- Book: C\n## Why it matters\nD.\n## Milestones\n- [ ] E (due 2026-12-01)\n',
  'content/weeks/2026-W47.md': '## This week I intend to\n- [x] Something #go\n',
};

async function hashTree(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await listFiles(root)) hash.update(file).update('\0').update(await readFile(join(root, file))).update('\0');
  return hash.digest('hex');
}

async function build(project: string, ...args: string[]) {
  const io = recordingIo(project);
  const code = await main(['build', '--today', '2026-11-24', ...args], io);
  return { code, io };
}

describe('logbook build', () => {
  it('writes the site and says where', async () => {
    const project = await tempProject();
    await writeFiles(project, GOOD);
    const { code, io } = await build(project);
    expect(code).toBe(0);
    // The findings (here a warning: no due date) come first, on stdout like the summary.
    expect(io.out).toMatch(/goal\/timebound[^]*\nWrote \d+ files to _site\/ \(path prefix \/\)\.\n$/);
    expect(await listFiles(join(project, '_site'))).toContain('goals/go/index.html');
  });

  it('leaves the previous site exactly as it was when the journal has errors', async () => {
    const project = await tempProject();
    await writeFiles(project, GOOD);
    expect((await build(project)).code).toBe(0);
    await writeFile(join(project, '_site', 'marker.txt'), 'from before');
    const before = await hashTree(join(project, '_site'));
    await writeFile(join(project, 'content/goals/go.md'), '---\ntitle: [unclosed\n---\n');
    const { code, io } = await build(project);
    expect(code).toBe(1);
    expect(io.out).toContain('content/goals/go.md');
    expect(io.err).toContain('Nothing written');
    expect(await hashTree(join(project, '_site'))).toBe(before);
    expect((await readdir(project)).sort()).toEqual(['_site', 'content']);
  });

  it('stops at two files that would land on the same URL, before writing anything', async () => {
    const project = await tempProject();
    await writeFiles(project, { ...GOOD, 'content/weeks/2026/2026-W47.md': GOOD['content/weeks/2026-W47.md'] });
    const { code, io } = await build(project);
    expect(code).toBe(1);
    expect(io.out).toContain('site/duplicate-url');
    expect((await readdir(project)).sort()).toEqual(['content']);
  });

  it('replaces the previous site whole on success', async () => {
    const project = await tempProject();
    await writeFiles(project, GOOD);
    await build(project);
    await writeFile(join(project, '_site', 'stale.html'), 'old');
    expect((await build(project)).code).toBe(0);
    const files = await listFiles(join(project, '_site'));
    expect(files).not.toContain('stale.html');
    expect((await readdir(project)).sort()).toEqual(['_site', 'content']);
  });

  it.each([
    ['the content folder', 'content'],
    ['a folder inside the content folder', 'content/site'],
    ['the project folder', '.'],
    ['a parent of the project', '..'],
    ['the root of the file system', '/'],
  ])('refuses to write into %s', async (_, output) => {
    const project = await tempProject();
    await writeFiles(project, GOOD);
    const before = await hashTree(project);
    const { code, io } = await build(project, '--output', output);
    expect(code).toBe(2);
    expect(io.err).toMatch(/^logbook build: refusing to write the site to .*\n$/);
    expect(await hashTree(project)).toBe(before);
  });

  it('refuses a path prefix that is not a plain path', async () => {
    const project = await tempProject();
    await writeFiles(project, GOOD);
    const { code, io } = await build(project, '--path-prefix', '../../x');
    expect(code).toBe(2);
    expect(io.err).toContain('--path-prefix');
  });

  it('never writes into the content folder', async () => {
    const project = await tempProject();
    await writeFiles(project, GOOD);
    await mkdir(join(project, 'content', 'assets'));
    await writeFile(join(project, 'content', 'assets', 'a.txt'), 'asset');
    const before = await hashTree(join(project, 'content'));
    expect((await build(project)).code).toBe(0);
    expect(await hashTree(join(project, 'content'))).toBe(before);
    expect(await readFile(join(project, '_site', 'assets', 'a.txt'), 'utf8')).toBe('asset');
  });
});
