/** Markdown → HTML for the site: safe by default, links between files become links between pages. */
import { attachTree } from '../../src/model/trees.js';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Entry, SitePath } from '../../src/model/types.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { createInlineRenderer, createMarkdownRenderer } from '../../src/site/markdown/render-markdown.js';
import type { SiteLinks } from '../../src/site/markdown/site-links.js';

const links: SiteLinks = {
  byPath: new Map([
    ['goals/go.md', '/goals/go/' as SitePath],
    ['weeks/2026-W47.md', '/weeks/2026-W47/' as SitePath],
    ['about.md', '/about/' as SitePath],
    ['assets/pic one.png', '/assets/pic one.png' as SitePath],
  ]),
  goals: new Map([['go', '/goals/go/' as SitePath]]),
  hiddenGoals: new Set(['secret']),
};

function render(markdown: string, { from = 'weeks/2026-W47.md', allowHtml = false, base = '/' } = {}) {
  const tree = parseMarkdown(new VFile({ value: markdown }));
  return createMarkdownRenderer({ allowHtml, links })(tree, { from, base });
}

describe('rendering Markdown for the site', () => {
  it('turns links between journal files into links between pages, keeping fragments (as heading ids)', () => {
    const html = render('[Go](../goals/go.md#milestones) and [about](/about.md) and ![pic](../assets/pic%20one.png)');
    expect(html).toContain('href="/goals/go/#user-content-milestones"');
    expect(html).toContain('href="/about/"');
    expect(html).toContain('src="/assets/pic%20one.png"');
  });

  it('uses an absolute base for feeds', () => {
    expect(render('[Go](../goals/go.md)', { base: 'https://ada.github.io/journal/' })).toContain('href="https://ada.github.io/journal/goals/go/"');
  });

  it('drops the target of links to unpublished or missing Markdown files, keeping their words', () => {
    const html = render('[notes](../private/diary.md) and [gone](../goals/nope.md) and [up](../../etc/passwd)');
    expect(html).not.toContain('href');
    expect(html).toContain('notes');
    expect(html).toContain('gone');
  });

  it('links published goals tagged #slug and removes hidden ones', () => {
    const html = render('- [x] Read #go and #secret and `#go` in code');
    expect(html).toContain('<a href="/goals/go/" class="goal-tag">#go</a>');
    expect(html).not.toContain('secret');
    expect(html).toContain('<code>#go</code>');
  });

  it('renders task items as words and a mark, not as unlabelled checkboxes', () => {
    const html = render('- [x] done thing\n- [ ] open thing');
    expect(html).not.toContain('<input');
    expect(html).toContain('<span class="visually-hidden">Done: </span>done thing');
    expect(html).toContain('<span class="visually-hidden">Not done: </span>open thing');
  });

  it('aligns table cells with classes instead of the obsolete align attribute', () => {
    const html = render('| a | b |\n|--:|:-:|\n| 1 | 2 |');
    expect(html).not.toContain('align=');
    expect(html).toContain('class="align-right"');
    expect(html).toContain('class="align-center"');
  });

  it('demotes headings so the page keeps its one h1', () => {
    expect(render('# Title\n\n## Part')).toMatch(/<h2>Title<\/h2>\s*<h3>Part<\/h3>/);
  });

  it('removes raw HTML, comments and script URLs by default', () => {
    const html = render('<script>alert(1)</script>\n\n<!-- hidden -->\n\n[x](javascript:alert(1)) <b onclick="x()">b</b> ![i](data:text/html,hi)');
    expect(html).not.toMatch(/script|hidden|onclick|javascript|data:/i);
  });

  it('keeps embeds when the journal allows HTML, and still removes scripts and handlers', () => {
    const html = render(
      '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Talk"></iframe>\n\n<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onmouseover="x()">a</a>',
      { allowHtml: true },
    );
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/x" title="Talk">');
    expect(html).not.toMatch(/<script|javascript:|onmouseover/i);
  });

  it('loads embeds over https or from the site only, when the journal allows HTML', () => {
    const html = render(
      [
        '<iframe src="http://plain.example/embed" title="A"></iframe>',
        '<iframe src="https://secure.example/embed" title="B"></iframe>',
        '<iframe src="//schemeless.example/embed" title="C"></iframe>',
        '<iframe src="/\\backslash.example/embed" title="D"></iframe>',
        '<video src="http://plain.example/v.mp4" poster="http://plain.example/p.jpg" controls></video>',
        '<video src="https://secure.example/v.mp4" poster="https://secure.example/p.jpg" controls></video>',
        '<audio src="http://plain.example/a.mp3" controls></audio>',
        '<audio src="https://secure.example/a.mp3" controls></audio>',
        '<video controls><source src="http://plain.example/s.webm" type="video/webm"><source src="https://secure.example/s.webm" type="video/webm"><source src="../assets/clip.webm" type="video/webm"></video>',
        '![img](http://plain.example/i.png)',
      ].join('\n\n'),
      { allowHtml: true },
    );
    expect(html).not.toContain('plain.example/embed');
    expect(html.match(/<(?:iframe|video|audio|source)\b[^>]*>/g)!.join('\n')).not.toMatch(/(?:src|poster)="http:/);
    expect(html).not.toContain('schemeless.example');
    expect(html).not.toContain('backslash.example');
    expect(html).toContain('<iframe src="https://secure.example/embed" title="B">');
    expect(html).toContain('<iframe title="A"></iframe>');
    expect(html).toContain('<video src="https://secure.example/v.mp4" poster="https://secure.example/p.jpg" controls>');
    expect(html).toContain('<video controls></video>');
    expect(html).toContain('<audio controls></audio>');
    expect(html).toContain('<audio src="https://secure.example/a.mp3" controls>');
    expect(html).toContain('<source type="video/webm"><source src="https://secure.example/s.webm" type="video/webm"><source src="../assets/clip.webm" type="video/webm">');
    // A Markdown image is not an embed: http images stay allowed, with or without allowHtml.
    expect(html).toContain('<img src="http://plain.example/i.png" alt="img">');
  });

  it('never changes the shared syntax tree', () => {
    const tree = parseMarkdown(new VFile({ value: '# A\n\n- [x] b #go\n\n[c](../goals/go.md)' }));
    const before = JSON.stringify(tree);
    createMarkdownRenderer({ allowHtml: false, links })(tree, { from: 'weeks/2026-W47.md' });
    expect(JSON.stringify(tree)).toBe(before);
  });
});

describe('rendering an intention', () => {
  it('escapes text and links goal tags', () => {
    const inline = createInlineRenderer(links);
    expect(inline('Use <b> & #go, not #secret')).toBe('Use &#x3C;b> &#x26; <a href="/goals/go/" class="goal-tag">#go</a>, not');
  });

  it('gives headings GitHub’s ids, counted over the whole file even when only part of it is rendered', () => {
    const tree = parseMarkdown(new VFile({ value: '# A\n\n<div>raw</div>\n\n## Notes\n\n## Notes\n\nSee [the first](#notes).\n' }));
    const entry = { path: 'p.md' } as Entry;
    attachTree(entry, tree);
    const withEntries: SiteLinks = { ...links, entries: new Map([['p.md', entry]]) };
    for (const allowHtml of [false, true]) {
      const whole = createMarkdownRenderer({ allowHtml, links: withEntries })(tree, { from: 'p.md' });
      expect(whole).toContain('id="user-content-notes"');
      expect(whole).toContain('id="user-content-notes-1"');
      expect(whole).toContain('href="#user-content-notes"');
      const part = createMarkdownRenderer({ allowHtml, links: withEntries })(tree.children.slice(3), { from: 'p.md' });
      expect(part).toContain('id="user-content-notes-1"');
      expect(part).not.toContain('id="user-content-notes"');
    }
  });

  it('links footnote references and notes to ids that exist', () => {
    const html = render('A claim[^1].\n\n[^1]: The source.\n');
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]));
    const targets = [...html.matchAll(/\shref="#([^"]*)"/g)].map((match) => match[1]);
    expect(targets.length).toBe(2);
    for (const target of targets) expect(ids).toContain(target);
  });
});
