/**
 * A build with the cache present (rendered Markdown and unchanged pages
 * taken from earlier builds) writes exactly the site a build without the
 * cache writes, after every kind of change; a page changed by hand in the
 * output is laid out again.
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';
import { listFiles, withExampleJournal } from '../helpers/site.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';

const folders: string[] = [];

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** An installed project with a copy of the example journal. */
async function project(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'logbook-warm-'));
  folders.push(folder);
  return withExampleJournal(folder);
}

async function build(cwd: string, ...extra: string[]): Promise<string> {
  const io = recordingIo(cwd);
  const code = await main(['build', '--today', '2026-11-25', ...extra], io);
  expect(code, io.err).toBe(0);
  // The count reported is the count written.
  expect(io.out).toContain(`Wrote ${(await listFiles(join(cwd, '_site'))).length} files`);
  return io.out;
}

/**
 * Every output file's bytes, by path. The feed's and sitemap's dates are
 * left out: they are the one thing a build takes from the cache on purpose
 * (when each entry last changed, see content-dates.ts), so a cold build
 * dates an edited week by its end where a warm one dates it by the edit.
 */
async function site(cwd: string): Promise<Map<string, string>> {
  const output = join(cwd, '_site');
  const files = new Map<string, string>();
  for (const path of await listFiles(output)) files.set(path, undated(path, await readFile(join(output, path))));
  return files;
}

/** A file's bytes (base64), the feed's and sitemap's dates left out. */
function undated(path: string, bytes: Buffer): string {
  if (path !== 'feed.xml' && path !== 'sitemap.xml') return bytes.toString('base64');
  return Buffer.from(bytes.toString('utf8').replace(/<(updated|published|lastmod)>[^<]*<\/\1>/g, '<$1>…</$1>')).toString('base64');
}

/** The same content built without any cache, in a folder of its own. */
async function builtWithoutCache(cwd: string): Promise<Map<string, string>> {
  const fresh = await mkdtemp(join(tmpdir(), 'logbook-cold-'));
  folders.push(fresh);
  await cp(join(cwd, 'content'), join(fresh, 'content'), { recursive: true });
  await build(fresh, '--no-cache');
  return site(fresh);
}

async function edit(cwd: string, path: string, change: (text: string) => string): Promise<void> {
  const file = join(cwd, 'content', path);
  await writeFile(file, change(await readFile(file, 'utf8')));
}

describe('a build with the cache', () => {
  it('reuses unchanged pages and still writes the same site as a build without it, after each change', async () => {
    const cwd = await project();
    expect(await build(cwd)).not.toContain('unchanged');
    const first = await site(cwd);
    expect(first).toEqual(await builtWithoutCache(cwd));

    const again = await build(cwd);
    expect(again).toMatch(/, (\d+) pages unchanged since the last build\)/);
    expect(await site(cwd)).toEqual(first);

    // A week's reflection, a goal made private, a new page, a removed week.
    await edit(cwd, 'weeks/2026-W46.md', (text) => `${text}\nAnother sentence about #typescript-backend for the warm build.\n`);
    await build(cwd);
    expect(await site(cwd)).toEqual(await builtWithoutCache(cwd));

    await edit(cwd, 'goals/typescript-backend.md', (text) => text.replace(/^---\n/, '---\nprivate: true\n'));
    await build(cwd);
    const afterPrivate = await site(cwd);
    expect(afterPrivate).toEqual(await builtWithoutCache(cwd));
    expect([...afterPrivate.keys()].some((path) => path.startsWith('goals/typescript-backend/'))).toBe(false);

    await writeFile(join(cwd, 'content', 'colophon.md'), '# Colophon\n\nBuilt with logbook.\n');
    await rm(join(cwd, 'content', 'weeks', '2026-W45.md'));
    await build(cwd);
    expect(await site(cwd)).toEqual(await builtWithoutCache(cwd));
  });

  it('starts from the output it replaced, and never changes a file of the published output', async () => {
    const cwd = await project();
    await build(cwd);
    await edit(cwd, 'weeks/2026-W46.md', (text) => `${text}\nA first change.\n`);
    await build(cwd);
    const published = await site(cwd);
    // Hand-made files in the output are not carried into later builds, spare or not.
    await writeFile(join(cwd, '_site', 'added-by-hand.txt'), 'not part of the site');

    await edit(cwd, 'weeks/2026-W46.md', (text) => `${text}\nA second change.\n`);
    await edit(cwd, 'about.md', (text) => `${text}\nA changed page.\n`);
    await build(cwd);
    // The replaced output, kept as the next build's start, is byte for byte what was published:
    // the build wrote no file it shares with it.
    const spare = join(cwd, 'node_modules', '.cache', 'logbook', 'previous-site');
    const kept = new Map<string, string>();
    for (const path of await listFiles(spare)) kept.set(path, undated(path, await readFile(join(spare, path))));
    expect(kept).toEqual(new Map([...published, ['added-by-hand.txt', Buffer.from('not part of the site').toString('base64')]]));
    expect(await site(cwd)).toEqual(await builtWithoutCache(cwd));

    await edit(cwd, 'goals/typescript-backend.md', (text) => `${text}\nMore about the goal.\n`);
    await build(cwd);
    expect(await site(cwd)).toEqual(await builtWithoutCache(cwd));
  });

  it('moves a search shard that stops being the primary (a first goal in a journal of plain pages)', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'logbook-warm-'));
    folders.push(cwd);
    await mkdir(join(cwd, 'node_modules'));
    // Only plain pages: their shard is the primary until a goal comes, and its pages do not change then.
    await mkdir(join(cwd, 'content'));
    await writeFile(join(cwd, 'content', 'journal.yml'), 'title: Growing\n');
    await writeFile(join(cwd, 'content', 'notes.md'), '# Notes\n\nHarbours.\n');
    await build(cwd);
    await build(cwd);
    expect(await site(cwd)).toEqual(await builtWithoutCache(cwd));
    const goal = await readFile(join(EXAMPLE_CONTENT, 'goals', 'first-blog-post.md'), 'utf8');
    await mkdir(join(cwd, 'content', 'goals'));
    await writeFile(join(cwd, 'content', 'goals', 'first-blog-post.md'), goal);
    await build(cwd);
    expect(await site(cwd)).toEqual(await builtWithoutCache(cwd));
  });

  it('never follows a link put in the place of the kept output', async () => {
    const cwd = await project();
    await build(cwd);
    await build(cwd);
    const spare = join(cwd, 'node_modules', '.cache', 'logbook', 'previous-site');
    await rm(spare, { recursive: true });
    const elsewhere = join(cwd, 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, 'precious.txt'), 'keep me');
    await symlink(elsewhere, spare);
    await build(cwd);
    expect(await readFile(join(elsewhere, 'precious.txt'), 'utf8')).toBe('keep me');
    expect(await site(cwd)).toEqual(await builtWithoutCache(cwd));
  });

  it('lays out again a page that was changed or removed in the output by hand', async () => {
    const cwd = await project();
    await build(cwd);
    const first = await site(cwd);
    await writeFile(join(cwd, '_site', 'goals', 'index.html'), '<p>edited by hand</p>');
    await rm(join(cwd, '_site', 'progress', 'index.html'));
    await build(cwd);
    expect(await site(cwd)).toEqual(first);
  });
});
