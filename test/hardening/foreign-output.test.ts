/**
 * `logbook build --output DIR` replaces DIR only when it is missing, empty,
 * or a site logbook wrote (its `.logbook-site` marker). Anything else (a
 * folder of notes, a git repository, a folder of dotfiles, the project,
 * `layouts/`, a file, a link to any of them) is refused with exit code 2 and
 * a message naming it, and not one byte, mode or entry changes anywhere in
 * the project. Neither the recovery of an interrupted swap nor the spare
 * kept in the cache ever moves or empties a folder that is not logbook's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { OutputFolderError, recoverInterruptedSwap, SITE_MARKER, swapInOutput } from '../../src/site/output-folder.js';
import { recordingIo } from '../helpers/io.js';
import { fingerprint, makeTempDir, writeFolder } from './journal-folder.js';

const root = makeTempDir('logbook-foreign-output-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const JOURNAL = {
  'content/journal.yml': 'title: Guarded\n',
  'content/about.md': '# About\n\nA page.\n',
  'content/weeks/2026-W47.md': '## This week I intend to\n- [x] Something\n',
};

let count = 0;
/** A project with a journal and `node_modules` (so the cache and its spare are in play). */
function project(extra: Record<string, string> = {}): string {
  const dir = join(root, `p${count++}`);
  writeFolder(dir, { ...JOURNAL, 'node_modules/.keep': '', ...extra });
  return dir;
}

async function build(cwd: string, output: string) {
  const io = recordingIo(cwd);
  const code = await main(['build', '--today', '2026-11-24', '--output', output], io);
  return { code, io };
}

/** Things that are not logbook's to replace, each made in a project; returns the `--output` to give. */
const FOREIGN: [string, (dir: string) => string][] = [
  [
    'a folder with files',
    (dir) => {
      writeFolder(join(dir, 'notes'), { 'todo.md': '- buy milk\n', 'old/2019.txt': 'old notes', '.DS_Store': 'x' });
      return 'notes';
    },
  ],
  [
    'a git repository',
    (dir) => {
      writeFolder(join(dir, 'repo'), { 'README.md': '# Mine\n' });
      execFileSync('git', ['init', '-q', join(dir, 'repo')]);
      execFileSync('git', ['-C', join(dir, 'repo'), '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'first']);
      return 'repo';
    },
  ],
  [
    'a folder with only dotfiles',
    (dir) => {
      writeFolder(join(dir, 'dots'), { '.env': 'SECRET=1\n', '.config/app.json': '{}' });
      return 'dots';
    },
  ],
  ['the project folder', () => '.'],
  [
    'layouts/',
    (dir) => {
      writeFolder(join(dir, 'layouts'), { 'page.njk': '<main>{{ content }}</main>\n', 'style.css': 'body{}\n' });
      return 'layouts';
    },
  ],
  [
    'a file',
    (dir) => {
      writeFileSync(join(dir, 'notes.txt'), 'my notes\n', { mode: 0o600 });
      return 'notes.txt';
    },
  ],
  [
    'a folder with a marker that is not logbook’s',
    (dir) => {
      writeFolder(join(dir, 'fake'), { [SITE_MARKER]: 'something else\n', 'keep.txt': 'keep' });
      return 'fake';
    },
  ],
];

/** What the message says for each kind. */
const REASON: Record<string, RegExp> = {
  'the project folder': /it contains the content folder/,
  'a file': /it is a file, not a folder/,
};

describe('an output that logbook did not write', () => {
  it.each(FOREIGN)('is refused when it is %s, and nothing changes', async (what, make) => {
    const dir = project();
    const output = make(dir);
    const before = fingerprint(dir);
    const listing = readdirSync(dir, { recursive: true }).sort();
    const { code, io } = await build(dir, output);
    expect(code).toBe(2);
    expect(io.out).toBe('');
    expect(io.err.startsWith(`logbook build: refusing to write the site to ${join(dir, output)}: `), io.err).toBe(true);
    expect(io.err).toMatch(REASON[what] ?? /it is not empty and was not written by logbook \(it has no \.logbook-site file\)/);
    expect(io.err.split('\n')).toHaveLength(2);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(listing);
    expect(fingerprint(dir)).toBe(before);
  });

  it.each(FOREIGN.filter(([what]) => what !== 'the project folder'))('is refused when it is a link to %s, and nothing changes', async (_, make) => {
    const dir = project();
    const target = make(dir);
    symlinkSync(target, join(dir, 'link'));
    const before = fingerprint(dir);
    const { code, io } = await build(dir, 'link');
    expect(code).toBe(2);
    expect(io.err).toBe(`logbook build: refusing to write the site to ${join(dir, 'link')}: it is a symbolic link (logbook does not replace links; give the folder itself).\n`);
    expect(fingerprint(dir)).toBe(before);
  });

  it('is refused when it is a link to the project, a link to a site logbook wrote, or a dangling link', async () => {
    const dir = project();
    expect((await build(dir, 'site')).code).toBe(0);
    symlinkSync('.', join(dir, 'to-project'));
    symlinkSync('site', join(dir, 'to-site'));
    symlinkSync('nowhere', join(dir, 'dangling'));
    const before = fingerprint(dir);
    for (const link of ['to-project', 'to-site', 'dangling']) {
      const { code, io } = await build(dir, link);
      expect(code, link).toBe(2);
      expect(io.err).toMatch(/^logbook build: refusing to write the site to /);
    }
    expect(fingerprint(dir)).toBe(before);
  });

  it("is refused when it is logbook's cache folder, or the previous site kept in it", async () => {
    const dir = project();
    expect((await build(dir, '_site')).code).toBe(0);
    expect((await build(dir, '_site')).code).toBe(0);
    const before = fingerprint(dir);
    for (const output of ['node_modules/.cache/logbook', 'node_modules/.cache/logbook/previous-site']) {
      const { code, io } = await build(dir, output);
      expect(code, output).toBe(2);
      expect(io.err).toBe(`logbook build: refusing to write the site to ${join(dir, output)}: it is logbook's cache folder or inside it.\n`);
    }
    expect(fingerprint(dir)).toBe(before);
  });

  it('is refused when logbook wrote it but its marker was removed', async () => {
    const dir = project();
    expect((await build(dir, 'site')).code).toBe(0);
    unlinkSync(join(dir, 'site', SITE_MARKER));
    const before = fingerprint(dir);
    const { code, io } = await build(dir, 'site');
    expect(code).toBe(2);
    expect(io.err).toContain(`refusing to write the site to ${join(dir, 'site')}: it is not empty and was not written by logbook`);
    expect(fingerprint(dir)).toBe(before);
  });
});

describe('an output logbook may write', () => {
  it('is accepted when it is an empty folder', async () => {
    const dir = project();
    mkdirSync(join(dir, 'empty'));
    const { code, io } = await build(dir, 'empty');
    expect(code, io.err).toBe(0);
    expect(readFileSync(join(dir, 'empty', SITE_MARKER), 'utf8')).toMatch(/^logbook-site /);
    expect(existsSync(join(dir, 'empty', 'about', 'index.html'))).toBe(true);
  });

  it('is replaced whole when logbook wrote it', async () => {
    const dir = project();
    expect((await build(dir, '_site')).code).toBe(0);
    writeFileSync(join(dir, '_site', 'stale.html'), 'old');
    const { code, io } = await build(dir, '_site');
    expect(code, io.err).toBe(0);
    expect(existsSync(join(dir, '_site', 'stale.html'))).toBe(false);
    expect(existsSync(join(dir, '_site', SITE_MARKER))).toBe(true);
  });
});

describe('the other places a build moves folders', () => {
  it('never puts back a folder beside the output that logbook did not write', async () => {
    const dir = project();
    writeFolder(join(dir, '._site.old-1-2'), { 'mine.txt': 'not a site' });
    const before = fingerprint(dir);
    await recoverInterruptedSwap(join(dir, '_site'));
    expect(fingerprint(dir)).toBe(before);
    // And a build beside it leaves it alone too.
    expect((await build(dir, '_site')).code).toBe(0);
    expect(readFileSync(join(dir, '._site.old-1-2', 'mine.txt'), 'utf8')).toBe('not a site');
  });

  it('never swaps out a folder that became foreign while the site was being built', async () => {
    const dir = project();
    writeFolder(join(dir, 'staging'), { 'index.html': 'new' });
    writeFolder(join(dir, 'out'), { 'mine.txt': 'arrived during the build' });
    const before = fingerprint(dir);
    await expect(swapInOutput(join(dir, 'staging'), join(dir, 'out'))).rejects.toThrow(OutputFolderError);
    expect(fingerprint(dir)).toBe(before);
  });

  it('never empties or replaces a foreign folder put where the cache keeps the previous site', async () => {
    const dir = project();
    const spare = join(dir, 'node_modules', '.cache', 'logbook', 'previous-site');
    writeFolder(spare, { 'precious.txt': 'keep me', 'sub/also.txt': 'and me' });
    const before = fingerprint(spare);
    for (let i = 0; i < 3; i++) expect((await build(dir, '_site')).code).toBe(0);
    expect(fingerprint(spare)).toBe(before);
    expect(existsSync(join(dir, '_site', 'about', 'index.html'))).toBe(true);
  });
});
