/**
 * The example journal, built end to end: every page the SPEC lists exists
 * with its content, and every internal link, stylesheet and image resolves
 * under the path prefix (found by crawling the output, not the templates).
 */
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, listFiles, readOutput, tempProject } from '../helpers/site.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';
import { siteFileOf } from '../../src/model/content-paths.js';

const CONTENT = EXAMPLE_CONTENT;

/** Internal URLs in an HTML file: href, src, and the icon/stylesheet links. */
function internalUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)]
    .map((match) => match[1]!.replaceAll('&amp;', '&'))
    .filter((url) => !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#'));
}

/** The output file a site URL under `prefix` lands on, or undefined when it is outside the prefix. */
function fileFor(url: string, prefix: string): string | undefined {
  const path = decodeURI(url.split(/[?#]/)[0]!);
  if (!path.startsWith(prefix)) return undefined;
  return siteFileOf(`/${path.slice(prefix.length)}`);
}

async function crawl(outputDir: string, prefix: string) {
  const files = new Set(await listFiles(outputDir));
  const broken: string[] = [];
  let checked = 0;
  for (const file of [...files].filter((name) => name.endsWith('.html'))) {
    for (const url of internalUrls(await readOutput(outputDir, file))) {
      checked += 1;
      const target = fileFor(url, prefix);
      if (!target || !files.has(target)) broken.push(`${file} → ${url}`);
    }
  }
  return { broken, checked, files };
}

describe('the example journal, built', () => {
  let outputDir: string;
  let files: string[];

  beforeAll(async () => {
    const project = await tempProject();
    ({ outputDir } = await buildContent(CONTENT, project));
    files = await listFiles(outputDir);
  });

  it('has every page of the SPEC', () => {
    const expected = [
      'index.html',
      'goals/index.html',
      'goals/typescript-backend/index.html',
      'goals/informational-interviews/index.html',
      'goals/first-blog-post/index.html',
      'weeks/index.html',
      'weeks/2026-W36/index.html',
      'weeks/2026-W47/index.html',
      'progress/index.html',
      'review/2026/index.html',
      'tags/index.html',
      'tags/typescript/index.html',
      'feed.xml',
      'calendar.ics',
      'sitemap.xml',
      '404.html',
      'about/index.html',
      'assets/avatar.svg',
      'style.css',
      'icon.svg',
    ];
    expect(files).toEqual(expect.arrayContaining(expected));
    expect(files.filter((file) => file.startsWith('weeks/2026-W'))).toHaveLength(12);
  });

  it('resolves every internal link and asset under the prefix /journal/', async () => {
    const { broken, checked } = await crawl(outputDir, '/journal/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it('shows the latest week, the active goals, what is due and the streak on the home page', async () => {
    const html = await readOutput(outputDir, 'index.html');
    expect(html).toContain('href="/journal/weeks/2026-W47/"');
    expect(html).toContain("Work through Priya's review comments on the blog post");
    expect(html).toContain('23 of 32 intentions followed through (72%)');
    expect(html).toContain('12 weeks (longest 12 weeks)');
    expect(html).toMatch(/Overdue milestones[\s\S]*Book-swap API v0\.1 deployed/);
    expect(html).toMatch(/Due in the next four weeks[\s\S]*Publish the post and share it/);
  });

  it('shows a goal with its dates, sections, resources by kind, milestones, weeks and progress', async () => {
    const html = await readOutput(outputDir, 'goals/typescript-backend/index.html');
    expect(html).toContain('<dt>Started</dt><dd><time datetime="2026-08-31">31 August 2026</time></dd>');
    for (const heading of ['Where I am now', 'Success in one year', 'Why it matters', 'Resources', 'Milestones', 'Week by week']) {
      expect(html).toContain(`>${heading}`);
    }
    expect(html).toMatch(/<h3 id="resources-\d+">Book <a class="anchor" href="#resources-\d+" aria-label="Link to this section: Book" data-pagefind-ignore>#<\/a><\/h3>\s*<ul>\s*<li><a href="https:\/\/www.typescriptlang.org/);
    expect(html).toContain('3 of 6 done');
    expect(html.match(/class="milestone milestone-overdue"/g)).toHaveLength(1);
    expect(html).toContain('10 of 16 intentions followed through (63%)');
    expect(html).toContain('role="img"');
  });

  it('shows a week with its intentions, reflection and neighbours', async () => {
    const html = await readOutput(outputDir, 'weeks/2026-W46/index.html');
    expect(html).toContain('rel="prev" href="/journal/weeks/2026-W45/"');
    expect(html).toContain('rel="next" href="/journal/weeks/2026-W47/"');
    expect(html).toContain('class="task-list-item task-');
    expect(html.slice(html.indexOf('<main'))).not.toContain('<input');
    expect(html).toMatch(/<h2 id="user-content-reflection">Reflection <a class="anchor" href="#user-content-reflection"[^>]*>#<\/a><\/h2>/);
  });

  it('rewrites a relative image in a plain page to the copied asset', async () => {
    const html = await readOutput(outputDir, 'about/index.html');
    expect(html).toContain('src="/journal/assets/avatar.svg"');
  });

  it('moves the whole site under another prefix with --path-prefix', async () => {
    const project = await tempProject();
    const { outputDir: other } = await buildContent(CONTENT, project, { pathPrefix: '/deep/er/' });
    const { broken } = await crawl(other, '/deep/er/');
    expect(broken).toEqual([]);
    expect(await readOutput(other, 'index.html')).toContain('<link rel="stylesheet" href="/deep/er/style.css">');
  });

  it('writes nothing outside the output folder', async () => {
    const project = await tempProject();
    const out = join(project, 'public');
    await buildContent(CONTENT, project, { outputDir: out });
    expect(await listFiles(project)).toEqual((await listFiles(out)).map((file) => `public/${file}`));
  });
});
