/** Code blocks are coloured at build time (spans with classes, no script); unknown languages stay plain; code is data. */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { highlighterLoaded } from '../../src/site/markdown/highlight-code.js';
import { createMarkdownRenderer } from '../../src/site/markdown/render-markdown.js';
import type { SiteLinks } from '../../src/site/markdown/site-links.js';

const links: SiteLinks = { byPath: new Map(), goals: new Map(), hiddenGoals: new Set() };

function render(markdown: string, allowHtml = false): string {
  const tree = parseMarkdown(new VFile({ value: markdown }));
  return createMarkdownRenderer({ allowHtml, links })(tree, { from: 'weeks/2026-W47.md' });
}

/** The text a reader sees in an HTML fragment (tags dropped, the five escapes undone). */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replaceAll('&lt;', '<').replaceAll('&#x3C;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&amp;', '&');
}

describe('code blocks', () => {
  // First: this file's modules are fresh, so nothing has loaded Shiki yet.
  it('loads the highlighter only for a block that names a language', () => {
    render('# Notes\n\nSome `inline code`.\n\n    indented code\n\n```\nno language\n```');
    expect(highlighterLoaded()).toBe(false);
    render('```js\nlet a;\n```');
    expect(highlighterLoaded()).toBe(true);
  });

  it('colours a fenced js block with spans of our classes, and nothing that runs', () => {
    const html = render('```js\nconst answer = 42; // the answer\nfunction ask(question) { return "why"; }\n```');
    expect(html).toContain('<pre><code class="language-js">');
    expect(html).toContain('<span class="hl-k">const</span>');
    expect(html).toMatch(/<span class="hl-n">42<\/span>/);
    expect(html).toMatch(/<span class="hl-c">\/\/ the answer<\/span>/);
    expect(html).toMatch(/<span class="hl-s">"why"<\/span>/);
    expect(html).not.toMatch(/<script|style=/i);
    // Every class is one of the stylesheet's.
    for (const [, name] of html.matchAll(/class="([^"]*)"/g)) expect(name).toMatch(/^(language-js|hl-[a-z])$/);
    expect(textOf(html)).toBe('const answer = 42; // the answer\nfunction ask(question) { return "why"; }\n');
  });

  it('knows languages by their aliases (ts, py, sh)', () => {
    for (const lang of ['ts', 'py', 'sh']) expect(render(`\`\`\`${lang}\nreturn 1\n\`\`\``)).toContain('class="hl-');
  });

  it('leaves an unknown language, or none, as plain code', () => {
    expect(render('```no-such-language\nconst a = 1;\n```')).toBe('<pre><code class="language-no-such-language">const a = 1;\n</code></pre>');
    expect(render('```\nconst a = 1;\n```')).toBe('<pre><code>const a = 1;\n</code></pre>');
  });

  it('escapes the code: a block holding `</code><script>` stays text, with or without allowHtml', () => {
    for (const allowHtml of [false, true]) {
      const source = 'const s = "</code><script>alert(1)</script>";\n<img src=x onerror=alert(1)>\n';
      for (const lang of ['js', 'html', 'nope']) {
        const html = render(`\`\`\`${lang}\n${source}\`\`\``, allowHtml);
        expect(html).not.toMatch(/<script|<img/i);
        // The only elements are the block's own and the colours' spans.
        expect(new Set([...html.matchAll(/<\/?([a-z]+)/g)].map((match) => match[1]))).toEqual(new Set(['pre', 'code', ...(lang === 'nope' ? [] : ['span'])]));
        expect(textOf(html)).toBe(source);
      }
    }
  });
});
