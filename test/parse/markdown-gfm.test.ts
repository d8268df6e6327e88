/**
 * The fast Markdown path (GFM without autolink literals, full GFM only when
 * the text could hold one) gives exactly the tree full GFM gives, positions
 * included: over the example journal, every fixture, a generated journal,
 * hand-picked edge cases and random mixtures of tricky fragments.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { journalFiles } from '../../bench/generate-journal.mjs';
import { parseMarkdown, parseMarkdownWithFullGfm, parseMarkdownWithoutLiterals } from '../../src/parse/markdown.js';

async function markdownUnder(folder: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const path = join(entry.parentPath, entry.name);
    found.set(path, await readFile(path, 'utf8'));
  }
  return found;
}

function expectSameTree(text: string, path = 'x.md'): void {
  expect(parseMarkdown(new VFile({ value: text, path }))).toEqual(parseMarkdownWithFullGfm(new VFile({ value: text, path })));
}

const EDGE_CASES = [
  'See https://example.org/a_b_ and www.example.com.',
  'Mail me: ada@example.org, or <ada@example.org>.',
  '[a link](https://example.org) and ![an image www.x.org](https://example.org/i.png)',
  'a](https://example.org/half-a-link) then text',
  '<https://example.org> is an autolink in CommonMark too',
  '`https://example.org` in code, and\n\n```\nwww.example.org\n```',
  '*www.example.org* and ~~https://example.org~~ and **a@b.co**',
  'Escaped: www\\.example\\.org and https\\://example.org and a\\@b.org',
  'Entities: a&#64;b.org and &#119;ww.example.org',
  'Only an entity: a&commat;b.org',
  'Only another: &#x77;ww.example.org',
  '| site | mail |\n|---|---|\n| www.example.org | a@b.org |',
  'Footnote[^1] and HTTP://EXAMPLE.ORG and WWW.EXAMPLE.ORG.\n\n[^1]: see https://example.org.',
  '- [ ] task with https://example.org\n- [x] done www.example.org/path?q=1.',
  '[ref]: https://example.org\n\nUse [ref] and [https://example.org][ref].',
  '<a href="https://example.org">html</a> and <!-- www.example.org -->',
  'mailto:a@b.org and xmpp:a@b.org/c and @handle and a@ b',
  '---\ntitle: https://example.org\n---\n\nNo literal below the front matter.',
  '> quote www.example.org\n> > nested a@b.org',
];

describe('the fast Markdown path', () => {
  it('gives the same trees as full GFM over the example journal and the fixtures', async () => {
    const files = new Map([...(await markdownUnder('test/fixtures'))]);
    expect(files.size).toBeGreaterThan(10);
    for (const [path, text] of files) expectSameTree(text, path);
  });

  it('gives the same trees over a generated journal', () => {
    const files = journalFiles(400);
    for (const [path, text] of files) if (path.endsWith('.md')) expectSameTree(text, path);
  });

  it('gives the same trees for hand-picked edge cases', () => {
    for (const text of EDGE_CASES) expectSameTree(text);
  });

  it('falls back to full GFM where it matters: a bare URL is a link only with it', () => {
    const file = () => new VFile({ value: 'Read https://example.org today.' });
    expect(parseMarkdownWithoutLiterals(file())).not.toEqual(parseMarkdownWithFullGfm(file()));
    expect(parseMarkdown(file())).toEqual(parseMarkdownWithFullGfm(file()));
  });

  it('gives the same trees for random mixtures of tricky fragments', () => {
    const fragment = fc.constantFrom(
      'www.', 'http://', 'https://', 'HTTP://', 'example.org', '@', 'a', 'b.c', ' ', '\n', '\n\n', '[', ']', '(', ')', '<', '>',
      '*', '_', '~', '~~', '`', '\\', '&#64;', '|', '&#119;', '&commat;', '&amp;', '- ', '- [ ] ', '> ', '[^1]', '[^1]: ', '/', '?', '.', ',', '!', ':', '#', '---\n',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        expectSameTree(parts.join(''));
      }),
      { numRuns: 2000 },
    );
  });
});
