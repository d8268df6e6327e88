/**
 * A whole journal of hostile text, built with and without `allowHtml`: no
 * page, feed entry, calendar event or search record carries anything that
 * runs in a reader's browser, text cannot inject calendar events, front
 * matter cannot move a page, and nothing is written outside the output folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';
import { listFiles, readableBytes, tempProject, writeFiles } from '../helpers/site.js';
import { findControlCharacters } from '../../src/util/control-characters.js';
import { HOSTILE_MARKDOWN } from './hostile-markdown.js';
import { unsafeParts } from './html-safety.js';
import { fingerprint } from './journal-folder.js';

const XSS = '<script>alert(1)</script><img src=x onerror=alert(1)>';

function journal(allowHtml: boolean): Record<string, string> {
  // A snippet holding a control character is refused by check (text/control-character), so it never
  // reaches a build; safe-rendering.test.ts renders every snippet, that one included.
  const body = HOSTILE_MARKDOWN.filter((snippet) => findControlCharacters(snippet).length === 0).join('\n\n');
  return {
    'content/journal.yml': [
      `title: '${XSS}'`,
      `description: '"><svg onload=alert(1)>'`,
      `author: '</title><script>alert(1)</script>'`,
      `url: 'https://ada.example/journal/"><script>alert(1)</script>/'`,
      `allowHtml: ${allowHtml}`,
      '',
    ].join('\n'),
    'content/goals/go.md': [
      '---',
      `title: "Go ${XSS}\\r\\nEND:VEVENT\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:injected"`,
      `description: '${XSS}'`,
      `tags: ['${XSS}', 'javascript:alert(1)', '../../escape']`,
      'due: 2026-12-31',
      'permalink: ../../../escaped-permalink.html',
      'slug: ../../escaped-slug',
      '---',
      '## Where I am now',
      body,
      '## Success in one year',
      'A CLI. <script>alert(1)</script>',
      '## Resources',
      '- Book: [bad](javascript:alert(1)) <img src=x onerror=alert(1)>',
      '- Talk: <a href="vbscript:x">talk</a>',
      '## Why it matters',
      'Because.',
      '## Milestones',
      '- [ ] Ship <script>alert(1)</script> [x](javascript:alert(1)) (due 2026-12-01)',
      '- [ ] Two lines',
      '  END:VEVENT BEGIN:VEVENT SUMMARY:injected (due 2026-12-02)',
      '',
    ].join('\n'),
    'content/weeks/2026-W47.md': [
      '---',
      `title: '${XSS}'`,
      '---',
      '## This week I intend to',
      `- [x] Read <script>alert(1)</script> [a](javascript:alert(1)) #go`,
      `- [ ] Write ${XSS} #go`,
      '  - Why not: <img src=x onerror=alert(1)> [b](data:text/html,x)',
      '',
      '## Reflection',
      body,
      '',
    ].join('\n'),
    'content/about.md': ['---', `title: '${XSS}'`, 'permalink: /../../../escaped-about.html', '---', body, ''].join('\n'),
  };
}

/** Everything in a built site that could run in a reader's browser. */
function unsafeInSite(outputDir: string): string[] {
  const problems: string[] = [];
  for (const file of readdirSync(outputDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(outputDir, file);
    if (file.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      for (const problem of unsafeParts(html, { page: true })) {
        // The search page's own inline module (it loads Pagefind) is the one script the site ships.
        const ownSearchScript = file === join('search', 'index.html') && problem === '<script>' && html.includes('<script type="module" data-base=');
        if (!ownSearchScript) problems.push(`${file}: ${problem}`);
      }
    }
  }
  return problems;
}

for (const allowHtml of [false, true]) {
  describe(`a hostile journal built with allowHtml: ${allowHtml}`, () => {
    let project: string;
    let outputDir: string;
    let code: number;
    let err: string;
    let contentBefore: string;

    let secretDir: string;
    afterAll(() => {
      rmSync(project, { recursive: true, force: true });
      rmSync(secretDir, { recursive: true, force: true });
    });

    beforeAll(async () => {
      project = await tempProject('logbook-hostile-site-');
      await writeFiles(project, journal(allowHtml));
      // Links that lead out of the journal: to a secret beside the project, and to a system file.
      secretDir = `${project}-outside`;
      await writeFiles(secretDir, { 'secret.md': '# SECRET-FROM-OUTSIDE\n', 'secret.png': 'SECRET-FROM-OUTSIDE' });
      symlinkSync(join(secretDir, 'secret.md'), join(project, 'content', 'leak.md'));
      symlinkSync(join(secretDir, 'secret.png'), join(project, 'content', 'assets-leak.png'));
      mkdirSync(join(project, 'content', 'assets'), { recursive: true });
      symlinkSync(join(secretDir, 'secret.png'), join(project, 'content', 'assets', 'leak.png'));
      symlinkSync(secretDir, join(project, 'content', 'assets', 'outside'));
      symlinkSync('/etc/passwd', join(project, 'content', 'assets', 'passwd.txt'));
      contentBefore = fingerprint(join(project, 'content'));
      const io = recordingIo(project);
      code = await main(['build', '--today', '2026-11-24'], io);
      err = io.err + io.out; // logbook's own messages, then the findings
      outputDir = join(project, '_site');
    });

    it('builds (only warnings), and writes nothing outside the output folder or into the content folder', async () => {
      expect(err).not.toMatch(/unexpected failure|\n\s+at /);
      expect(code, err).toBe(0);
      expect(readdirSync(project).sort()).toEqual(['_site', 'content']);
      expect(fingerprint(join(project, 'content'))).toBe(contentBefore);
      for (const escaped of ['escaped-permalink.html', 'escaped-about.html', 'escaped-slug']) {
        expect(existsSync(join(project, '..', escaped))).toBe(false);
        expect(existsSync(join(project, '..', '..', escaped))).toBe(false);
      }
      const files = await listFiles(outputDir);
      expect(files).toContain('goals/go/index.html');
      expect(files).toContain('about/index.html');
      expect(files.filter((file) => file.includes('escaped-') || file.split('/').includes('..'))).toEqual([]);
    });

    it('publishes nothing from outside the journal', async () => {
      expect(err).toContain('file/outside-link');
      for (const file of await listFiles(outputDir)) {
        const bytes = (await readableBytes(outputDir, file)).toString('utf8');
        expect(bytes, file).not.toContain('SECRET-FROM-OUTSIDE');
        expect(bytes, file).not.toContain('root:x:0:0');
      }
      expect((await listFiles(outputDir)).filter((file) => /leak|passwd|outside/.test(file))).toEqual([]);
    });

    it('has nothing that runs code in any page', () => {
      expect(unsafeInSite(outputDir)).toEqual([]);
    });

    it('has a well-formed feed whose entries are safe HTML', () => {
      const xml = readFileSync(join(outputDir, 'feed.xml'), 'utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).feed;
      const entries = [feed.entry].flat() as { content: { '#text': string } }[];
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) expect(unsafeParts(entry.content['#text'])).toEqual([]);
      expect(XMLValidator.validate(readFileSync(join(outputDir, 'sitemap.xml'), 'utf8'))).toBe(true);
    });

    it('has a calendar with exactly the two milestones, no injected events', () => {
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(outputDir, 'calendar.ics'), 'utf8')));
      const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
      expect(summaries).toHaveLength(2);
      expect(summaries.filter((summary) => /^injected/i.test(summary))).toEqual([]);
    });

    it('has search records whose excerpts cannot become markup', async () => {
      // The search page puts Pagefind's excerpts into innerHTML. Pagefind builds them from the
      // record's text with < and > escaped, then adds <mark>: check that it still does, and
      // that the result is safe for every record.
      const pagefind = readFileSync(join(outputDir, 'pagefind', 'pagefind.js'), 'utf8');
      expect(pagefind).toContain('raw_content=fragment.content.replace(/</g,"&lt;").replace(/>/g,"&gt;")');
      const fragments = (await listFiles(outputDir)).filter((file) => file.endsWith('.pf_fragment'));
      expect(fragments.length).toBeGreaterThan(0);
      let sawHostileText = false;
      for (const file of fragments) {
        const record = JSON.parse((await readableBytes(outputDir, file)).toString('utf8').replace(/^pagefind_dcd/, '')) as { content: string };
        sawHostileText ||= record.content.includes('<script>');
        const excerpt = record.content.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\balert\b/g, '<mark>alert</mark>');
        expect(unsafeParts(excerpt), file).toEqual([]);
      }
      expect(sawHostileText).toBe(true); // the escaping above is what keeps it text
    });
  });
}
