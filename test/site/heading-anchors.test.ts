/**
 * The links `link/broken` accepts work on the built site: the fixture
 * `links-ok` has no findings (see test/check/fixtures.test.ts), and here
 * every internal link and image of its built pages lands on a file that
 * exists, and every `#anchor` on an id of the page it points to.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, listFiles, readOutput, tempProject } from '../helpers/site.js';

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
  const inside = path.slice(1);
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
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
});
