/**
 * `logbook serve` driven as a learner uses it: start it, open a page, save
 * an edit, see it served; break the YAML, see the finding on the page with
 * the server still up; fix it, see the finding gone; stop it cleanly.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveCommand } from '../../src/cli/serve-command.js';
import type { IsoDate } from '../../src/model/types.js';
import { serveJournal, type ServeSession } from '../../src/serve/serve-journal.js';
import { recordingIo } from '../helpers/io.js';
import { tempProject } from '../helpers/site.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';

const CONTENT = EXAMPLE_CONTENT;
const TODAY = '2026-11-24' as IsoDate;

async function page(session: ServeSession, path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(session.url + path);
  return { status: response.status, html: await response.text() };
}

async function servingTemps(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('logbook-serve-'));
}

describe('logbook serve', () => {
  let project: string;
  let session: ServeSession;

  beforeAll(async () => {
    project = await tempProject();
    await cp(CONTENT, join(project, 'content'), { recursive: true });
    await writeFile(join(project, 'content', 'weeks', '2026-W48.md'), '---\ndraft: true\n---\n## This week I intend to\n- [ ] Draft intention zebra #first-blog-post\n');
    await cp(join(project, 'content', 'about.md'), join(project, 'content', 'private', 'diary.md'));
    session = await serveJournal({ contentDir: 'content', cwd: project, host: '127.0.0.1', port: 0, today: TODAY });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('serves the site under its prefix, with live reload and no findings banner', async () => {
    expect(session.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/journal\/$/);
    const { status, html } = await page(session, 'weeks/2026-W47/');
    expect(status).toBe(200);
    expect(html).toContain('<h1>Week 47, 2026</h1>');
    expect(html).toContain('new EventSource("/__logbook/events")');
    expect(html).not.toContain('logbook-findings');
    const root = await fetch(new URL('/', session.url), { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/journal/');
  });

  it('shows drafts and private entries, marked', async () => {
    const draft = await page(session, 'weeks/2026-W48/');
    expect(draft.html).toContain('<strong>Draft.</strong>');
    expect(draft.html).toContain('Draft intention zebra');
    const diary = await page(session, 'diary/');
    expect(diary.status).toBe(200);
    expect(diary.html).toContain('<strong>Private.</strong>');
  });

  it('serves an edit once it is saved, and tells open pages to reload', async () => {
    const events = await fetch(new URL('/__logbook/events', session.url));
    const reader = events.body!.getReader();
    await reader.read(); // ": connected"
    const file = join(project, 'content', 'weeks', '2026-W47.md');
    const updated = session.nextUpdate();
    await writeFile(file, (await readFile(file, 'utf8')).replace('## This week I intend to\n', '## This week I intend to\n- [ ] Water the tomatoes #first-blog-post\n'));
    const update = await updated;
    expect(update.built).toBe(true);
    expect(update.written).toBeGreaterThan(0);
    expect((await page(session, 'weeks/2026-W47/')).html).toContain('Water the tomatoes');
    expect((await page(session, 'progress/')).html).toContain('23 of 33 intentions followed through');
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('event: reload');
    await reader.cancel();
  });

  it('keeps serving the last good pages with the finding on top while the YAML is broken, and drops it once fixed', async () => {
    const file = join(project, 'content', 'goals', 'first-blog-post.md');
    const good = await readFile(file, 'utf8');
    let updated = session.nextUpdate();
    await writeFile(file, good.replace(/^title: .*$/m, 'title: [half typed'));
    let update = await updated;
    expect(update.built).toBe(false);
    const broken = await page(session, 'goals/first-blog-post/');
    expect(broken.status).toBe(200);
    expect(broken.html).toContain('id="logbook-findings"');
    expect(broken.html).toMatch(/content\/goals\/first-blog-post\.md:\d+:\d+/);
    expect(broken.html).toContain('frontmatter/syntax');
    expect(broken.html).toContain('Publish my first technical blog post');

    updated = session.nextUpdate();
    await writeFile(file, good);
    update = await updated;
    expect(update.built).toBe(true);
    expect(update.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    // The warning about the unchecked intention added above stays; the YAML error is gone.
    const fixed = (await page(session, 'goals/first-blog-post/')).html;
    expect(fixed).not.toContain('frontmatter/syntax');
    expect(fixed).toContain('week/why-not');
  });

  it('answers a missing page with the site 404 page', async () => {
    const missing = await page(session, 'nope/');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('Page not found');
  });

  it('stops cleanly, removing its preview folder', async () => {
    // Its own folder: other test files start and stop previews of their own in the same temporary folder meanwhile.
    expect(existsSync(session.siteDir)).toBe(true);
    await session.close();
    expect(existsSync(session.siteDir)).toBe(false);
    expect(await servingTemps()).not.toContain(basename(session.siteDir));
    await expect(fetch(session.url)).rejects.toThrow();
  });
});

describe('logbook serve on the command line', () => {
  it('prints where it serves and stops when asked', async () => {
    const project = await tempProject();
    await cp(CONTENT, join(project, 'content'), { recursive: true });
    const io = recordingIo(project);
    let stop!: () => void;
    const stopSignal = new Promise<void>((resolveStop) => (stop = resolveStop));
    const running = serveCommand(['--port', '0', '--today', '2026-11-24'], io, { stopSignal });
    await expect.poll(() => io.out, { timeout: 20_000 }).toMatch(/^Serving http:\/\/127\.0\.0\.1:\d+\/journal\//);
    const url = /Serving (\S+)/.exec(io.out)![1]!;
    expect((await fetch(url)).status).toBe(200);
    stop();
    expect(await running).toBe(0);
    expect(io.out).toContain('Stopped.');
    expect(io.err).toMatch(/updated \d+ pages in \d+ ms/);
  });

  it('refuses a port that is not a number', async () => {
    const io = recordingIo(await tempProject());
    await expect(serveCommand(['--port', 'eighty'], io, { stopSignal: Promise.resolve() })).rejects.toThrow('--port must be a number');
  });
});

describe('logbook serve as a process', () => {
  it('stops cleanly on Ctrl-C (SIGINT)', async () => {
    const { spawn } = await import('node:child_process');
    const project = await tempProject();
    await cp(CONTENT, join(project, 'content'), { recursive: true });
    const bin = resolve(import.meta.dirname, '../../bin/logbook.js');
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--today', '2026-11-24'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    await expect.poll(() => out, { timeout: 30_000 }).toMatch(/Serving http:\/\/127\.0\.0\.1:\d+\/journal\//);
    const url = /Serving (\S+)/.exec(out)![1]!;
    expect((await fetch(url)).status).toBe(200);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('Stopped.');
    await expect(fetch(url)).rejects.toThrow();
  });
});
