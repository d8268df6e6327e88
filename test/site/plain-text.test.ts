/** Plain text for descriptions: words of separate blocks and cells stay apart, front matter and HTML stay out. */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { plainText } from '../../src/site/plain-text.js';

const links = { byPath: new Map(), goals: new Map(), hiddenGoals: new Set(['secret']) };

describe('plain text of Markdown', () => {
  it('keeps a space between blocks, list items and table cells', () => {
    const tree = parseMarkdown(new VFile({ value: 'One *two*.\n\n- three\n- four\n\n| a | b |\n|---|---|\n| c | d |\n' }));
    expect(plainText(tree, links)).toBe('One two. three four a b c d');
  });

  it('leaves out front matter, raw HTML and hidden goals', () => {
    const tree = parseMarkdown(new VFile({ value: '---\ntitle: Not this\n---\nWorked on #secret and <b>bold</b> things.\n' }));
    expect(plainText(tree, links)).toBe('Worked on and bold things.');
  });
});
