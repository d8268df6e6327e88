/**
 * The links `link/broken` accepts work on the built site: the fixture
 * `links-ok` has no findings (see test/check/fixtures.test.ts), and here
 * every internal link and image of its built pages lands on a file that
 * exists, and every `#anchor` on an id of the page it points to.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, listFiles, readOutput, searchRecords, tempProject } from '../helpers/site.js';
import { siteFileOf } from '../../src/model/content-paths.js';

const CONTENT = join(import.meta.dirname, '..', 'fixtures', 'check', 'links-ok', 'content');

/** Internal URLs of an HTML file (href and src), `&amp;` decoded. */
function internalUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)]
    .map((match) => match[1]!.replaceAll('&amp;', '&'))
    .filter((url) => !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('//'));
}

/** The output file a root-relative URL lands on (the page itself for `#…`). */
function fileFor(url: string, page: string): string {
  const path = decodeURI(url.split(/[?#]/)[0]!);
  if (path === '') return page;
  return siteFileOf(path);
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!));
}

describe('links the checker accepts, built', () => {
  let outputDir: string;
  let files: Set<string>;

  beforeAll(async () => {
    ({ outputDir } = await buildContent(CONTENT, await tempProject()));
    files = new Set(await listFiles(outputDir));
  });

  it('land on files that exist and on ids those pages have', async () => {
    const broken: string[] = [];
    let anchors = 0;
    for (const page of [...files].filter((file) => file.endsWith('.html'))) {
      for (const url of internalUrls(await readOutput(outputDir, page))) {
        const target = fileFor(url, page);
        if (!files.has(target)) {
          broken.push(`${page} → ${url}`);
          continue;
        }
        const hash = url.indexOf('#');
        const fragment = hash === -1 ? '' : decodeURIComponent(url.slice(hash + 1));
        if (fragment === '' || fragment === 'top' || !target.endsWith('.html')) continue;
        anchors += 1;
        if (!ids(await readOutput(outputDir, target)).has(fragment)) broken.push(`${page} → ${url} (no id)`);
      }
    }
    expect(broken).toEqual([]);
    // The about page alone links to twelve headings.
    expect(anchors).toBeGreaterThanOrEqual(12);
  });

  it('keeps every link of the about page a link', async () => {
    const about = [...files].find((file) => /about\/index\.html$/.test(file))!;
    const html = await readOutput(outputDir, about);
    const list = html.slice(html.indexOf('id="user-content-links-that-work"'), html.indexOf('id="user-content-more"'));
    const items = [...list.matchAll(/<li>(.*?)<\/li>/gs)].map((match) => match[1]!);
    expect(items.length).toBe(28);
    expect(items.filter((item) => !/<(a|img) /.test(item))).toEqual([]);
  });

  it('gives headings GitHub’s ids, prefixed like the sanitiser prefixes ids', async () => {
    const goal = await readOutput(outputDir, 'goals/rust-systems/index.html');
    for (const id of ['where-i-am-now', 'notes', 'notes-1', 'success-in-one-year', 'resources', 'milestones', 'why-it-matters', 'qa-whats-next', 'café-crème']) {
      expect(goal).toContain(`id="user-content-${id}"`);
    }
    const about = await readOutput(outputDir, [...files].find((file) => /about\/index\.html$/.test(file))!);
    expect(about).toContain('href="/goals/rust-systems/#user-content-notes-1"');
    expect(about).toContain('href="#user-content-links-that-work"');
    expect(about).toContain('href="#top"');
  });

  it('gives every heading with an id one visible link to that id, named after the heading', async () => {
    const problems: string[] = [];
    let linked = 0;
    for (const page of [...files].filter((file) => file.endsWith('.html'))) {
      const html = await readOutput(outputDir, page);
      for (const [, level, attributes, inner] of html.matchAll(/<h([1-6])([^>]*)>([\s\S]*?)<\/h\1>/g)) {
        const id = /\sid="([^"]*)"/.exec(attributes!)?.[1];
        const anchors = [...inner!.matchAll(/<a class="anchor" href="([^"]*)" aria-label="([^"]*)" data-pagefind-ignore[^>]*>#<\/a>/g)];
        // Headings of the page's own frame (h1, home sections, figures) have no anchor; hidden ones (footnotes) neither.
        if (id === undefined || Number(level) === 1 || /sr-only|visually-hidden/.test(attributes!)) {
          if (anchors.length > 0 && id === undefined) problems.push(`${page}: anchor in a heading without an id`);
          continue;
        }
        if (!id.startsWith('user-content-') && !/^goals\/[^/]+\/index\.html$/.test(page)) continue;
        if (anchors.length !== 1) {
          problems.push(`${page}: h${level}#${id} has ${anchors.length} anchors`);
          continue;
        }
        linked += 1;
        const [, href, label] = anchors[0]!;
        if (href !== `#${id}`) problems.push(`${page}: h${level}#${id} links to ${href}`);
        if (!label!.startsWith('Link to this section: ')) problems.push(`${page}: h${level}#${id} is named ${label}`);
      }
    }
    expect(problems).toEqual([]);
    // The goal's ten headings and the about page's two, at least.
    expect(linked).toBeGreaterThanOrEqual(12);
  });

  it("links the goal page's own sections and the Markdown headings inside them, names escaped", async () => {
    const goal = await readOutput(outputDir, 'goals/rust-systems/index.html');
    expect(goal).toMatch(/<h2 id="user-content-where-i-am-now">Where I am now <a class="anchor" href="#user-content-where-i-am-now" aria-label="Link to this section: Where I am now" data-pagefind-ignore>#<\/a><\/h2>/);
    expect(goal).toContain('<a class="anchor" href="#section-weeks" aria-label="Link to this section: Week by week" data-pagefind-ignore>#</a>');
    expect(goal).toContain('<a class="anchor" href="#user-content-milestones" aria-label="Link to this section: Milestones" data-pagefind-ignore>#</a>');
    expect(goal).toContain('aria-label="Link to this section: Q&amp;A: what&#39;s next?"');
    expect(goal).toMatch(/<h3 id="user-content-notes-1">Notes <a class="anchor" href="#user-content-notes-1" aria-label="Link to this section: Notes" data-pagefind-ignore="">#<\/a><\/h3>/);
  });

  it('keeps the anchors out of the search index', async () => {
    const records = await searchRecords(outputDir);
    const goal = records.find((record) => record.url.includes('rust-systems'))!;
    expect(goal.content).toContain('Where I am now');
    expect(goal.content).not.toMatch(/(now|Notes|matters) #/);
    expect(records.every((record) => !/Link to this section/.test(record.content))).toBe(true);
  });

  it('keeps anchors on the page under a path prefix', async () => {
    const { outputDir: prefixed } = await buildContent(CONTENT, await tempProject(), { pathPrefix: '/journal/' });
    const goal = await readOutput(prefixed, 'goals/rust-systems/index.html');
    expect(goal).toContain('<a class="anchor" href="#user-content-notes-1"');
    expect(goal).toContain('<a class="anchor" href="#section-weeks"');
  });
});
