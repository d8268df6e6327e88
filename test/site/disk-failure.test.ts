/**
 * A disk that fails while the site is written (full, read-only, not
 * allowed) is said in one line naming the file, as it would be in the
 * output folder, with exit code 2 and no stack trace; the previous site is
 * left exactly as it was and nothing is left beside it. The failures are
 * injected at the writing edge (node:fs/promises as logbook's code sees it),
 * since tests run as root, where a read-only folder does not stop a write.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { diskFailure } from '../../src/site/output-folder.js';
import { recordingIo } from '../helpers/io.js';
import { fingerprint, makeTempDir, writeFolder } from '../hardening/journal-folder.js';

/** Which call fails, on which path, with which error code. */
const failure = vi.hoisted(() => ({ call: '', pathIncludes: '', code: '' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  /** An error shaped like Node's own (a copy names its source as `path`, what it writes as `dest`). */
  const fail = (syscall: string, path: string, dest?: string) =>
    Object.assign(new Error(`${failure.code}: injected, ${syscall} '${path}'${dest ? ` -> '${dest}'` : ''}`), { code: failure.code, syscall, path, ...(dest ? { dest } : {}) });
  const armed = (call: string, path: unknown) => failure.call === call && String(path).includes(failure.pathIncludes);
  const wrapped = {
    ...actual,
    copyFile: async (...args: Parameters<typeof actual.copyFile>) => {
      if (armed('copyFile', args[1])) throw fail('copyfile', String(args[0]), String(args[1]));
      return actual.copyFile(...args);
    },
    writeFile: async (...args: Parameters<typeof actual.writeFile>) => {
      if (armed('writeFile', args[0])) throw fail('open', String(args[0]));
      return actual.writeFile(...args);
    },
    mkdir: async (...args: Parameters<typeof actual.mkdir>) => {
      if (armed('mkdir', args[0])) throw fail('mkdir', String(args[0]));
      return actual.mkdir(...args);
    },
  };
  return { ...wrapped, default: wrapped };
});

const root = makeTempDir('logbook-disk-failure-');
afterEach(() => Object.assign(failure, { call: '', pathIncludes: '', code: '' }));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
function project(): string {
  const dir = join(root, `p${count++}`);
  writeFolder(dir, {
    'content/journal.yml': 'title: Full disk\nurl: https://ada.example/journal/\n',
    'content/about.md': '# About\n\nA page.\n',
    'node_modules/.keep': '',
  });
  return dir;
}

async function build(cwd: string) {
  const io = recordingIo(cwd);
  const code = await main(['build', '--today', '2026-11-24'], io);
  return { code, io };
}

describe('a disk that fails while the site is written', () => {
  it.each([
    ['copyFile', 'style.css', 'ENOSPC', 'no space left on the disk while writing _site/style.css'],
    ['writeFile', '.logbook-site', 'EROFS', 'the disk is read-only while writing _site/.logbook-site'],
    ['mkdir', '._site.building-', 'EACCES', 'permission denied while writing _site'],
  ])('is said in one line (%s of %s failing with %s)', async (call, pathIncludes, code, said) => {
    const dir = project();
    expect((await build(dir)).code).toBe(0);
    const site = fingerprint(join(dir, '_site'));
    const entries = readdirSync(dir).sort();
    Object.assign(failure, { call, pathIncludes, code });
    const result = await build(dir);
    expect(result.code).toBe(2);
    expect(result.io.out).toBe('');
    expect(result.io.err).toBe(`logbook build: ${said}; the previous site was left as it was\n`);
    expect(fingerprint(join(dir, '_site'))).toBe(site);
    expect(readdirSync(dir).sort()).toEqual(entries);
  });

  it('is found behind the errors Eleventy wraps its own in, and named as in the output folder', () => {
    const inner = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/p/._site.building-ab12/goals/go/index.html' });
    const wrapped = Object.assign(new Error('Having trouble writing to "goals/go/index.html"'), { originalError: new Error('outer', { cause: inner }) });
    const found = diskFailure(wrapped, { stagingDir: '/p/._site.building-ab12', outputDir: '/p/_site', previousKept: true });
    expect(found?.message).toBe('no space left on the disk while writing /p/_site/goals/go/index.html');
    expect(diskFailure(new Error('something else'), { outputDir: '/p/_site', previousKept: true })).toBeUndefined();
  });
});
