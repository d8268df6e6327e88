/** Markdown tables get their own sideways-scrolling, keyboard-reachable box. */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { createMarkdownRenderer } from '../../src/site/markdown/render-markdown.js';

const renderer = createMarkdownRenderer({ allowHtml: false, links: { byPath: new Map(), goals: new Map(), hiddenGoals: new Set() } });

function render(markdown: string): string {
  return renderer(parseMarkdown(new VFile({ value: markdown })), { from: 'weeks/2026-W47.md' });
}

describe('tables in Markdown', () => {
  it('sit in a focusable region named after their header row', () => {
    const html = render('| Error | *Count* |\n|---|--:|\n| TS7006 | 17 |');
    expect(html).toMatch(/^<section class="table-scroll" tabindex="0" aria-label="Table: Error, Count"><table>/);
    expect(html.trim()).toMatch(/<\/table><\/section>$/);
  });

  it('wrap each table once, and leave other content alone', () => {
    const html = render('Text\n\n| a |\n|---|\n| 1 |\n\nMore\n\n| b |\n|---|\n| 2 |');
    expect(html.match(/class="table-scroll"/g)).toHaveLength(2);
    expect(html).toContain('<p>Text</p>');
    expect(render('Just a paragraph.')).not.toContain('table-scroll');
  });
});
