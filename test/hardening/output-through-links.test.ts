/**
 * Output folders reached through symbolic links are judged by where they
 * really are: a link to the content folder, the project, a parent of it or
 * the root is refused (exit 2) and nothing on disk changes.
 */
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';
import { fingerprint, makeTempDir, writeFolder } from './journal-folder.js';

const root = makeTempDir('logbook-output-links-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const JOURNAL = {
  'journal.yml': 'title: Links\n',
  'about.md': '# About\n',
};

describe('an output folder reached through a link', () => {
  it.each([
    ['inside the content folder, through a link to it', 'to-content', 'content', 'to-content/site'],
    ['the content folder itself, through a link', 'to-content', 'content', 'to-content'],
    ['the project, through a link to it', 'to-project', '.', 'to-project'],
    ['a parent of the project, through a link', 'to-parent', '..', 'to-parent'],
    ['the root of the file system, through a link', 'to-root', '/', 'to-root'],
  ])('is refused when it is %s', async (what, link, target, output) => {
    const project = join(root, what.replace(/\W+/g, '-'));
    mkdirSync(project, { recursive: true });
    writeFolder(join(project, 'content'), JOURNAL);
    symlinkSync(target, join(project, link));
    const before = fingerprint(root);
    const io = recordingIo(project);
    const code = await main(['build', '--today', '2026-11-24', '--output', output], io);
    expect(code).toBe(2);
    expect(io.err).toMatch(/^logbook build: refusing to write the site to /);
    expect(fingerprint(root)).toBe(before);
  });

  it('is fine when it really is a new folder inside the project', async () => {
    const project = join(root, 'fine');
    mkdirSync(join(project, 'elsewhere'), { recursive: true });
    writeFolder(join(project, 'content'), JOURNAL);
    symlinkSync('elsewhere', join(project, 'to-elsewhere'));
    const io = recordingIo(project);
    expect(await main(['build', '--today', '2026-11-24', '--output', 'to-elsewhere/site'], io), io.err).toBe(0);
    expect(fingerprint(join(project, 'elsewhere', 'site'), { times: false })).not.toBe('');
  });
});
