/**
 * Link-preview images: one goal's image is a valid 1200×630 PNG; a built
 * site's og:image URLs are absolute and each is a file of the site; a warm
 * build draws only the images whose content changed; no private or draft
 * text reaches an image; serve and a site without a URL emit no og:image.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadJournal } from '../../src/journal.js';
import { reservedReason } from '../../src/check/reserved-addresses.js';
import { socialImageUrl } from '../../src/model/content-paths.js';
import { planSite } from '../../src/site/build-site.js';
import { drawCard } from '../../src/site/social/draw-card.js';
import { updatePreview } from '../../src/serve/preview-site.js';
import { buildContent, listFiles, scratchFolders, withExampleJournal, writeFiles } from '../helpers/site.js';
import { EXAMPLE_CONTENT, FIXTURE_TODAY } from '../helpers/fixtures.js';

const project = scratchFolders('logbook-og-');

/** Check a PNG by hand: signature, every chunk's CRC, IHDR, and the image data inflating to exactly its rows. */
function readPng(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let offset = 8;
  let header: { width: number; height: number; depth: number; colour: number } | undefined;
  const data: Buffer[] = [];
  let ended = false;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length), `CRC of ${type}`).toBe(crc32(bytes.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8]!, colour: body[9]! };
    if (type === 'IDAT') data.push(body);
    if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  expect(ended).toBe(true);
  expect(header).toBeDefined();
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[header!.colour]!;
  const rows = inflateSync(Buffer.concat(data));
  // One filter byte per row, then the row's samples.
  expect(rows.length).toBe(header!.height * (1 + Math.ceil((header!.width * channels * header!.depth) / 8)));
  return header!;
}

/** The og:image meta tags of every HTML page of a site, by page path. */
async function ogImages(outputDir: string): Promise<Map<string, { url: string; width: string; height: string; alt: string }>> {
  const found = new Map<string, { url: string; width: string; height: string; alt: string }>();
  for (const path of (await listFiles(outputDir)).filter((file) => file.endsWith('.html'))) {
    const html = await readFile(join(outputDir, path), 'utf8');
    const meta = (property: string) => html.match(new RegExp(`<meta property="og:image${property}" content="([^"]*)">`))?.[1];
    const url = meta('');
    if (url !== undefined) found.set(path, { url, width: meta(':width')!, height: meta(':height')!, alt: meta(':alt')! });
  }
  return found;
}

/** Each image file of a site with its inode: a reused image is the very file of the previous build. */
async function imageFiles(outputDir: string): Promise<Map<string, bigint>> {
  const files = new Map<string, bigint>();
  for (const path of (await listFiles(outputDir)).filter((file) => file.startsWith('og/'))) files.set(path, (await stat(join(outputDir, path), { bigint: true })).ino);
  return files;
}

describe('link-preview images', () => {
  it('draws a goal as a valid 1200×630 PNG', async () => {
    const png = await drawCard({ kind: 'goal', site: 'A journal', title: 'Learn Spanish', status: 'active', done: 2, total: 4, progress: '2 of 4 milestones done (50%)' });
    expect(readPng(png)).toMatchObject({ width: 1200, height: 630 });
  });

  it('gives every page an absolute og:image that is a file of the site, with its size and a description in words', async () => {
    const cwd = await withExampleJournal(await project());
    const { outputDir, built } = await buildContent(join(cwd, 'content'), cwd, { today: FIXTURE_TODAY, socialImages: true });
    const images = await ogImages(outputDir);
    const pages = (await listFiles(outputDir)).filter((file) => file.endsWith('index.html') && file !== 'search/index.html');
    expect([...images.keys()].sort()).toEqual(pages.sort());
    expect(built.images).toEqual({ drawn: pages.length, reused: 0 });
    const site = 'https://maya-okafor.github.io/journal/';
    for (const [page, image] of images) {
      expect(image.url, page).toBe(`${site}${socialImageUrl(`/${page.replace(/index\.html$/, '')}`).slice(1)}`);
      const bytes = await readFile(join(outputDir, image.url.slice(site.length)));
      expect(readPng(bytes), page).toMatchObject({ width: 1200, height: 630 });
      expect([image.width, image.height]).toEqual(['1200', '630']);
    }
    expect(images.get('goals/typescript-backend/index.html')!.alt).toBe('Build backends with TypeScript and Node: 3 of 6 milestones done');
    expect(images.get('weeks/2026-W46/index.html')!.alt).toContain('2 of 3 intentions checked. Move the book-swap data');
    const goalPage = await readFile(join(outputDir, 'goals/typescript-backend/index.html'), 'utf8');
    expect(goalPage).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(goalPage).toContain('<meta property="og:locale" content="en_US">');
  });

  it('draws again, in a warm build, only the images whose content changed', async () => {
    const cwd = await withExampleJournal(await project());
    const cacheDir = join(cwd, 'node_modules', '.cache', 'logbook');
    const content = join(cwd, 'content');
    const first = await buildContent(content, cwd, { cacheDir, socialImages: true });
    const before = await imageFiles(first.outputDir);

    const again = await buildContent(content, cwd, { cacheDir, socialImages: true });
    expect(again.built.images).toEqual({ drawn: 0, reused: before.size });
    expect(await imageFiles(again.outputDir)).toEqual(before);

    // One intention's words: that week's image only.
    const week = join(content, 'weeks', '2026-W46.md');
    await writeFile(week, (await readFile(week, 'utf8')).replace('Go to the November LNUG meetup', 'Go to the LNUG meetup in November'));
    const edited = await buildContent(content, cwd, { cacheDir, socialImages: true });
    expect(edited.built.images).toEqual({ drawn: 1, reused: before.size - 1 });
    const after = await imageFiles(edited.outputDir);
    expect([...after].filter(([path, inode]) => before.get(path) !== inode).map(([path]) => path)).toEqual(['og/weeks/2026-W46/index.png']);

    // A milestone done: the goal's image changes with its progress; no week's image does.
    const goal = join(content, 'goals', 'first-blog-post.md');
    await writeFile(goal, (await readFile(goal, 'utf8')).replace("- [ ] Publish the post and share it on LNUG's Slack", "- [x] Publish the post and share it on LNUG's Slack"));
    const progressed = await buildContent(content, cwd, { cacheDir, socialImages: true });
    const changed = [...(await imageFiles(progressed.outputDir))].filter(([path, inode]) => after.get(path) !== inode).map(([path]) => path);
    expect(changed).toContain('og/goals/first-blog-post/index.png');
    expect(changed.filter((path) => path.startsWith('og/weeks/'))).toEqual([]);
    expect(progressed.built.images.drawn).toBe(changed.length);
  });

  it('never draws private or draft text, and no image for an unpublished page', async () => {
    const cwd = await project();
    const content = join(cwd, 'content');
    await writeFiles(content, {
      'journal.yml': 'title: Canary journal\nurl: https://example.org/\n',
      'goals/open.md': '---\ntitle: Open goal\nstatus: active\n---\n# Open goal\n\n## Milestones\n\n- [ ] One step\n',
      'goals/secret.md': '---\ntitle: SECRETGOALTITLE\nprivate: true\n---\n# SECRETGOALTITLE\n\n## Milestones\n\n- [ ] SECRETMILESTONE\n',
      'goals/later.md': '---\ntitle: DRAFTGOALTITLE\ndraft: true\n---\n# DRAFTGOALTITLE\n',
      'weeks/2026-W46.md': '# Week\n\n## Intentions\n\n- [x] Public step #open\n- [ ] Quiet step #secret\n',
      'weeks/2026-W47.md': '---\nprivate: true\n---\n# Week\n\n## Intentions\n\n- [ ] PRIVATEWEEKINTENTION #open\n',
      'weeks/2026-W45.md': '---\ndraft: true\n---\n# Week\n\n## Intentions\n\n- [ ] DRAFTWEEKINTENTION #open\n',
      'notes.md': '---\nprivate: true\n---\n# PRIVATEPAGETITLE\n',
    });
    const loaded = await loadJournal({ contentDir: content, cwd, today: FIXTURE_TODAY });
    const plan = planSite({ journal: loaded.journal, today: loaded.today });
    const drawn = JSON.stringify(plan.images);
    for (const canary of ['SECRET', 'secret', 'DRAFT', 'PRIVATE']) expect(drawn).not.toContain(canary);
    expect(plan.images.map((image) => image.url)).not.toContain(socialImageUrl('/weeks/2026-W47/'));
    expect(plan.images.find((image) => image.url === socialImageUrl('/weeks/2026-W46/'))!.card).toMatchObject({ intentions: [{ text: 'Public step', done: true }, { text: 'Quiet step', done: false }] });
    // Everything a page says about its image is public too.
    const alts = plan.pages.map((page) => JSON.stringify(page.view.ogImage ?? '')).join('\n');
    for (const canary of ['SECRET', 'secret', 'DRAFT', 'PRIVATE']) expect(alts).not.toContain(canary);
  });

  it('emits no og:image without the site address, with --no-social-images, or in the preview', async () => {
    const cwd = await project();
    const content = join(cwd, 'content');
    await writeFiles(content, { 'journal.yml': 'title: Nowhere yet\n', 'about.md': '# About\n\nHello.\n' });
    const { outputDir } = await buildContent(content, cwd, { socialImages: true });
    expect((await ogImages(outputDir)).size).toBe(0);
    expect(await readdir(outputDir)).not.toContain('og');

    const withUrl = await loadJournal({ contentDir: EXAMPLE_CONTENT, cwd, today: FIXTURE_TODAY });
    expect(planSite({ journal: withUrl.journal, today: withUrl.today, socialImages: false }).images).toEqual([]);
    const preview = join(cwd, 'preview');
    await updatePreview({ journal: withUrl.journal, today: withUrl.today, contentRoot: withUrl.root, siteDir: preview });
    expect((await ogImages(preview)).size).toBe(0);
    expect(await readdir(preview)).not.toContain('og');
  });

  it('keeps the images folder for the site: a page there is a duplicate URL', () => {
    expect(socialImageUrl('/')).toBe('/og/index.png');
    expect(socialImageUrl('/goals/go/')).toBe('/og/goals/go/index.png');
    expect(reservedReason({ kind: 'page', url: '/og/notes/' })).toMatch(/generates itself/);
  });
});
