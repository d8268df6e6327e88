/**
 * Rendered Markdown is safe with and without `allowHtml`: every hostile
 * snippet, rendered both ways, leaves nothing that runs code. The judge is
 * shown to catch each snippet when nothing sanitises it, so these tests can
 * fail.
 */
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { SitePath } from '../../src/model/types.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { createMarkdownRenderer } from '../../src/site/markdown/render-markdown.js';
import type { SiteLinks } from '../../src/site/markdown/site-links.js';
import { HOSTILE_MARKDOWN } from './hostile-markdown.js';
import { unsafeParts } from './html-safety.js';

const links: SiteLinks = {
  byPath: new Map([['goals/go.md', '/goals/go/' as SitePath]]),
  goals: new Map([['go', '/goals/go/' as SitePath]]),
  hiddenGoals: new Set(),
};

const unsanitised = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify, { allowDangerousHtml: true });

function renderRaw(markdown: string): string {
  const tree = parseMarkdown(new VFile({ value: markdown }));
  return unsanitised.stringify(unsanitised.runSync(tree));
}

/**
 * Snippets that are harmless even unsanitised: code is shown as text, a tab
 * inside a scheme is percent-encoded (no longer a scheme), a control
 * character stops a link from forming, parse5 reads <noscript> as a browser
 * with scripting does, and a comment is inert (the renderer drops it anyway).
 */
const harmless = new Set([
  '```html\n<script>alert(1)</script>\n```',
  '`<script>alert(1)</script>`',
  '<a href="/%2F%2Fevil.example">protocol-relative after decoding</a>',
  '[rel](/%2Fevil.example)',
  '[c](java&#x09;script:alert(1))',
  '[j](\u0001javascript:alert(1))',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<!-- <img src=x onerror=alert(1)> -->',
]);

describe('hostile Markdown', () => {
  it.each(HOSTILE_MARKDOWN.filter((snippet) => !harmless.has(snippet)))('is caught by the judge when nothing sanitises it: %j', (snippet) => {
    expect(unsafeParts(renderRaw(snippet))).not.toEqual([]);
  });

  for (const allowHtml of [false, true]) {
    const render = createMarkdownRenderer({ allowHtml, links });
    it.each(HOSTILE_MARKDOWN)(`renders safely with allowHtml: ${allowHtml}: %j`, (snippet) => {
      const tree = parseMarkdown(new VFile({ value: snippet }));
      for (const base of ['/', '/journal/', 'https://ada.example/journal/']) {
        const html = render(tree, { from: 'weeks/2026-W10.md', base });
        expect(unsafeParts(html), html).toEqual([]);
        expect(html).not.toMatch(/<!--/);
      }
    });
  }

  it('keeps https embeds and plain links when HTML is allowed (the judge passes safe HTML)', () => {
    const render = createMarkdownRenderer({ allowHtml: true, links });
    const html = render(parseMarkdown(new VFile({ value: '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Talk"></iframe>\n\n[ok](https://ok.example/) [go](../goals/go.md)' })), {
      from: 'weeks/2026-W10.md',
    });
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/x"');
    expect(html).toContain('href="https://ok.example/"');
    expect(html).toContain('href="/goals/go/"');
    expect(unsafeParts(html)).toEqual([]);
  });
});
