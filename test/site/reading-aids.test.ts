/**
 * Reading aids on the built example journal. Every heading the site shows links to itself: the layouts' own headings
 * (layouts/macros.njk `heading`) as the journal's do (anchor-links.ts), on
 * every page of the example journal built. Ids are unique on each page, and
 * the layouts' never take the journal's prefix, so the two never clash.
 * Each week page links the goals its intentions refer to.
 */
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';
import { buildContent, listFiles, readOutput, tempProject } from '../helpers/site.js';

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
  content?: Node;
}

const attr = (node: Node, name: string) => node.attrs?.find((found) => found.name === name)?.value;

function* elements(node: Node): Generator<Node> {
  if (node.attrs) yield node;
  for (const child of node.content?.childNodes ?? node.childNodes ?? []) yield* elements(child);
}

/** Headings only screen readers see: no link to focus (as anchor-links.ts). */
const hidden = (heading: Node) => (attr(heading, 'class') ?? '').split(' ').some((name) => name === 'visually-hidden' || name === 'sr-only');

describe('anchors on every heading of the built site', () => {
  let outputDir: string;
  let pages: string[];

  beforeAll(async () => {
    ({ outputDir } = await buildContent(EXAMPLE_CONTENT, await tempProject()));
    pages = (await listFiles(outputDir)).filter((file) => file.endsWith('.html'));
  });

  it('gives each h2 and h3 an id and a link to it, ids unique on the page', async () => {
    const problems: string[] = [];
    const kinds = new Set<string>();
    let layoutHeadings = 0;
    for (const page of pages) {
      const root = parse(await readOutput(outputDir, page)) as unknown as Node;
      const all = [...elements(root)];
      const ids = all.map((node) => attr(node, 'id')).filter((id) => id !== undefined);
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      if (repeated.length > 0) problems.push(`${page}: ids used twice: ${repeated.join(', ')}`);
      for (const heading of all.filter((node) => node.nodeName === 'h2' || node.nodeName === 'h3')) {
        if (hidden(heading)) continue;
        const id = attr(heading, 'id');
        if (!id) {
          problems.push(`${page}: an ${heading.nodeName} without an id`);
          continue;
        }
        const link = [...elements(heading)].find((node) => node.nodeName === 'a' && attr(node, 'class') === 'anchor');
        if (attr(link ?? { nodeName: '' }, 'href') !== `#${id}`) problems.push(`${page}: #${id} has no anchor link to itself`);
        else if (!(attr(link!, 'aria-label') ?? '').startsWith('Link to this section: ')) problems.push(`${page}: #${id}'s link is not named`);
        if (!id.startsWith('user-content-')) {
          layoutHeadings += 1;
          kinds.add(page.split('/')[0]!);
        }
      }
    }
    expect(problems).toEqual([]);
    // The layouts' headings were there to check: home, goals, a goal, weeks, progress, the review, tags.
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['goals', 'index.html', 'progress', 'review', 'tags', 'weeks']));
    expect(layoutHeadings).toBeGreaterThan(30);
  });

  it("links each week page to the goals its intentions refer to, once each", async () => {
    const html = await readOutput(outputDir, 'weeks/2026-W47/index.html');
    const line = html.match(/<p class="meta">Goals: (.*?)<\/p>/)?.[1];
    expect(line).toBe('<a class="goal-link" href="/journal/goals/first-blog-post/">Publish my first technical blog post</a>, <a class="goal-link" href="/journal/goals/typescript-backend/">Build backends with TypeScript and Node</a>');
  });

  it('colours the code in a week page and its feed entry, with balanced markup', async () => {
    const page = await readOutput(outputDir, 'weeks/2026-W45/index.html');
    expect(page).toContain('<pre><code class="language-ts"><span class="hl-k">import</span>');
    const feed = await readOutput(outputDir, 'feed.xml');
    const entry = feed.split('<entry>').find((part) => part.includes('language-ts'))!;
    const content = entry.match(/<content type="html">([^<]*)<\/content>/)![1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    expect(content).toContain('<span class="hl-k">import</span>');
    expect(content.split('<span').length).toBe(content.split('</span>').length);
  });
});
