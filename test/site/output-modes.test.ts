/**
 * The site's folders and files get the modes any new folder or file gets
 * under the user's umask (0755 and 0644 under umask 022), the root folder
 * included, so that a web server running as another user can read them; a
 * private asset in the journal is published readable too, and a build that
 * starts from the previous site (the cache's spare) fixes its root's mode.
 */
import { chmodSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';
import { makeTempDir, writeFolder } from '../hardening/journal-folder.js';

const root = makeTempDir('logbook-modes-');
const umask = process.umask();
afterEach(() => {
  process.umask(umask);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
function project(): string {
  const dir = join(root, `p${count++}`);
  writeFolder(dir, {
    'content/journal.yml': 'title: Modes\nurl: https://ada.example/journal/\n',
    'content/about.md': '# About\n\n![A picture](assets/picture.svg)\n',
    'content/assets/picture.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'content/weeks/2026-W47.md': '## This week I intend to\n- [x] Something\n',
  });
  // A private asset: published all the same, so it must become readable.
  chmodSync(join(dir, 'content/assets/picture.svg'), 0o600);
  return dir;
}

async function build(cwd: string): Promise<void> {
  const io = recordingIo(cwd);
  expect(await main(['build', '--today', '2026-11-24'], io), io.err).toBe(0);
}

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('the modes of the site written', () => {
  it.each([
    ['022', '755', '644'],
    ['027', '750', '640'],
  ])('under umask %s are %s for folders and %s for files', async (mask, folder, file) => {
    const dir = project();
    process.umask(Number.parseInt(mask, 8));
    await build(dir);
    const site = join(dir, '_site');
    for (const path of ['', 'about', 'weeks', 'assets', 'pagefind']) expect(mode(join(site, path)), `${path}/`).toBe(folder);
    for (const path of ['index.html', 'about/index.html', 'style.css', 'icon.svg', 'assets/picture.svg', 'feed.xml', '.logbook-site']) {
      expect(mode(join(site, path)), path).toBe(file);
    }
  });

  it('gives the root folder its mode when the build starts from the previous site', async () => {
    const dir = project();
    mkdirSync(join(dir, 'node_modules'));
    process.umask(0o022);
    await build(dir);
    // A site written by an older logbook (root 0700) becomes the spare, then the root of the next site.
    chmodSync(join(dir, '_site'), 0o700);
    await build(dir);
    writeFileSync(join(dir, 'content/about.md'), '# About\n\nChanged.\n');
    await build(dir);
    expect(mode(join(dir, '_site'))).toBe('755');
  });

  it('lays out again, under the new umask, the pages written under another one', async () => {
    const dir = project();
    mkdirSync(join(dir, 'node_modules'));
    process.umask(0o077);
    await build(dir);
    expect(mode(join(dir, '_site', 'about', 'index.html'))).toBe('600');
    process.umask(0o022);
    await build(dir);
    expect(mode(join(dir, '_site'))).toBe('755');
    expect(mode(join(dir, '_site', 'about'))).toBe('755');
    expect(mode(join(dir, '_site', 'about', 'index.html'))).toBe('644');
  });
});
