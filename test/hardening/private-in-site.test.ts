/**
 * Built end to end, a journal that tries to publish what it must not, by
 * the side doors: symbolic links into `private/`, to private or draft
 * entries, to private Markdown under `assets/` and to hidden files; private
 * or draft Markdown under `assets/`; files under `private/` of every kind.
 * Every byte of the built site (Pagefind's compressed index unpacked) is
 * searched for the canary each of them holds. Names no link can reach are
 * left out with a warning, and outputs that collide on some disk stop the
 * build with a finding that names both files.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { listFindings } from '../../src/report/findings-list.js';
import { recordingIo } from '../helpers/io.js';
import { listFiles, readableBytes } from '../helpers/site.js';
import { fingerprint, makeTempDir, writeFolder, type FolderSpec } from './journal-folder.js';

const TODAY = '2026-11-24' as IsoDate;

const GOAL_BODY = [
  '## Where I am now',
  'A start.',
  '## Success in one year',
  'A CLI.',
  '## Resources',
  '- Book: The Go Programming Language',
  '## Why it matters',
  'Work.',
  '',
].join('\n');
const goal = (...frontMatter: string[]) => ['---', 'title: Go', 'due: 2026-12-31', ...frontMatter, '---', GOAL_BODY].join('\n');

/** Build a content folder with `logbook build`; returns what was printed and the site's files. */
async function build(spec: FolderSpec) {
  const project = makeTempDir('logbook-private-site-');
  writeFolder(join(project, 'content'), spec);
  const before = fingerprint(join(project, 'content'));
  const io = recordingIo(project);
  const code = await main(['build', '--today', TODAY], io);
  expect(io.err).not.toMatch(/unexpected failure|\n\s+at /);
  expect(fingerprint(join(project, 'content'))).toBe(before);
  // Findings are printed on stdout, with the line saying what was written; logbook's own errors on stderr.
  const printed = io.err + io.out.replace(/^Wrote \d+ files.*\n/m, '');
  return { project, code, err: printed, outputDir: join(project, '_site') };
}

/** Every canary (`CANARY-…`) found in any byte of a built site, with the file holding it. */
async function canariesIn(outputDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await listFiles(outputDir)) {
    const bytes = (await readableBytes(outputDir, file)).toString('latin1');
    for (const match of bytes.matchAll(/CANARY-[A-Z-]+/g)) found.push(`${file}: ${match[0]}`);
  }
  return found;
}

describe('links, assets and private/ publish nothing private', () => {
  let project: string;
  let outputDir: string;
  let code: number;
  let err: string;
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  beforeAll(async () => {
    ({ project, outputDir, code, err } = await build({
      'journal.yml': 'title: Canaries\n',
      'goals/go.md': goal(),
      // What must never be published, each with its own canary.
      'private/secret.md': '# CANARY-PRIVATE-FOLDER-MD\n',
      'private/photos/me.png': 'CANARY-PRIVATE-FOLDER-PNG',
      'private/assets/logo.svg': '<svg>CANARY-PRIVATE-FOLDER-ASSETS</svg>',
      'private/notes.txt': 'CANARY-PRIVATE-FOLDER-TXT',
      'goals/later.md': goal('draft: true', 'description: CANARY-DRAFT-GOAL').replace('title: Go', 'title: Later'),
      'diary.md': '---\nprivate: true\n---\n# CANARY-PRIVATE-ENTRY\n',
      'assets/notes.md': '---\nprivate: true\n---\nCANARY-PRIVATE-ASSET-MD\n',
      'assets/Plan.MD': '---\ndraft: true\n---\nCANARY-DRAFT-ASSET-MD\n',
      'assets/ideas.markdown': '---\nprivate: true\n---\nCANARY-PRIVATE-ASSET-MARKDOWN\n',
      '.hidden/secret.txt': 'CANARY-HIDDEN',
      // Links to each of them.
      'pages/leak.md': { link: '../private/secret.md' },
      'pages/photos': { link: '../private/photos' },
      'pages/everything': { link: '../private' },
      'assets/me.png': { link: '../private/photos/me.png' },
      'assets/logo.svg': { link: '../private/assets/logo.svg' },
      'assets/notes.txt': { link: '../private/notes.txt' },
      'pages/later.md': { link: '../goals/later.md' },
      'assets/later.txt': { link: '../goals/later.md' },
      'pages/diary.md': { link: '../diary.md' },
      'assets/notes-copy.md': { link: 'notes.md' },
      'assets/notes-copy.txt': { link: 'notes.md' },
      'assets/hidden.txt': { link: '../.hidden/secret.txt' },
      // What may be published: links to published files.
      'assets/photo.png': 'PUBLIC-PHOTO',
      'assets/photo-copy.png': { link: 'photo.png' },
      'pages/go-copy.md': { link: '../goals/go.md' },
    }));
  });

  it('builds, with a file/private-link warning on each link it does not follow', () => {
    expect(code, err).toBe(0);
    const refused = [
      'pages/leak.md',
      'pages/photos',
      'pages/everything',
      'assets/me.png',
      'assets/logo.svg',
      'assets/notes.txt',
      'pages/later.md',
      'assets/later.txt',
      'pages/diary.md',
      'assets/notes-copy.md',
      'assets/notes-copy.txt',
      'assets/hidden.txt',
    ];
    for (const link of refused) expect(err, link).toMatch(new RegExp(`${link}[^]*?file/private-link`));
    expect(err.match(/file\/private-link/g)).toHaveLength(refused.length);
  });

  it('has no canary in any byte of the site', async () => {
    expect(await canariesIn(outputDir)).toEqual([]);
  });

  it('follows links to published files only', async () => {
    const files = await listFiles(outputDir);
    expect(files).toContain('go-copy/index.html');
    expect(files.filter((file) => file.startsWith('assets/')).sort()).toEqual(['assets/photo-copy.png', 'assets/photo.png']);
    expect(readFileSync(join(outputDir, 'assets', 'photo-copy.png'), 'utf8')).toBe('PUBLIC-PHOTO');
    expect(files.filter((file) => /leak|diary|later|secret|photos|everything|hidden|notes|plan|ideas/i.test(file))).toEqual([]);
  });
});

describe('public Markdown under assets/', () => {
  it('is copied as it is (not rendered), and so are links to it', async () => {
    const { project, code, err, outputDir } = await build({
      'journal.yml': 'title: Shared\nurl: https://ada.example/shared/\n',
      'assets/shared.md': '---\ntitle: Shared\nprivate: false\n---\nPUBLIC-SHARED-NOTES *as written*\n',
      'assets/readme.md': '# PUBLIC-PLAIN-NOTES\n',
      'assets/shared-copy.txt': { link: 'shared.md' },
      'about.md': '# About\n\n[notes](assets/shared.md)\n',
    });
    try {
      expect(code, err).toBe(0);
      expect(err).toBe('');
      expect(readFileSync(join(outputDir, 'assets', 'shared.md'), 'utf8')).toBe('---\ntitle: Shared\nprivate: false\n---\nPUBLIC-SHARED-NOTES *as written*\n');
      expect(readFileSync(join(outputDir, 'assets', 'readme.md'), 'utf8')).toBe('# PUBLIC-PLAIN-NOTES\n');
      expect(readFileSync(join(outputDir, 'assets', 'shared-copy.txt'), 'utf8')).toContain('PUBLIC-SHARED-NOTES');
      expect(readFileSync(join(outputDir, 'about', 'index.html'), 'utf8')).toContain('href="/shared/assets/shared.md"');
      expect((await listFiles(outputDir)).filter((file) => file.startsWith('assets/'))).toEqual(['assets/readme.md', 'assets/shared-copy.txt', 'assets/shared.md']);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('names no link can reach are left out of the site', () => {
  const names = ['what?', 'c#', '100%', 'bell\u0007', 'next\u0085line', 'del\u007f'];
  let project: string;
  let outputDir: string;
  let code: number;
  let err: string;
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  beforeAll(async () => {
    const spec: FolderSpec = {
      'journal.yml': 'title: Names\nurl: https://ada.example/\n',
      'about.md': '# About\n',
      'about..md': '# CANARY-UNREACHABLE-DOT\n',
      'about .md': '# CANARY-UNREACHABLE-SPACE\n',
      'pages/v1./notes.md': '# CANARY-UNREACHABLE-FOLDER-DOT\n',
      'pages/draft /notes.md': '# CANARY-UNREACHABLE-FOLDER-SPACE\n',
      'assets/photo.png.': 'CANARY-UNREACHABLE-ASSET-DOT',
      'assets/photo.png ': 'CANARY-UNREACHABLE-ASSET-SPACE',
      'goals/go.md': goal(),
    };
    for (const name of names) {
      spec[`pages/${name}.md`] = '# CANARY-UNREACHABLE-PAGE\n';
      spec[`assets/${name}.png`] = 'CANARY-UNREACHABLE-ASSET';
    }
    ({ project, outputDir, code, err } = await build(spec));
  });

  it('builds, with a file/unsafe-name warning on each such file saying it is left out', () => {
    expect(code, err).toBe(0);
    expect(err.match(/file\/unsafe-name/g)).toHaveLength(2 * names.length + 6);
    expect(err.match(/this page is not built/g)).toHaveLength(names.length + 4);
    expect(err.match(/this file is not copied to the site/g)).toHaveLength(names.length + 2);
  });

  it('writes no page or file for them, and no byte of theirs', async () => {
    const files = await listFiles(outputDir);
    expect(files).toContain('about/index.html');
    expect(files.filter((file) => /[?#%\u0000-\u001f\u007f-\u009f]|[. ](\/|$)/.test(file))).toEqual([]);
    expect(await canariesIn(outputDir)).toEqual([]);
  });
});

describe('outputs that one disk or another would merge stop the build, naming both files', () => {
  const pairs: [string, string, string][] = [
    // [reported file, the file it collides with, a word of the message]
    ['assets/logo.png', 'assets/Logo.png', 'upper and lower case'],
    ['assets/caf\u00e9.png', 'assets/cafe\u0301.png', 'normalisation'],
    ['caf\u00e9.md', 'cafe\u0301.md', 'normalisation'],
    ['pages/blog/first.md', 'pages/Blog.md', 'upper and lower case'],
    ['pages/notes.md', 'pages/Notes.md', 'upper and lower case'],
    ['goals/g\u00f6.md', 'goals/go\u0308.md', 'normalisation'],
  ];
  const reserved: [string, string][] = [
    ['Search.md', '/search/'],
    ['Pagefind.md', '/pagefind/'],
    ['pages/Goals.md', '/goals/'],
    ['pages/TAGS/go.md', '/tags/'],
  ];

  for (const [reportedFile, other, word] of pairs) {
    it(`${JSON.stringify(reportedFile)} against ${JSON.stringify(other)}`, async () => {
      const content = (path: string) => (path.startsWith('goals/') ? goal() : path.endsWith('.md') ? `# ${path}\n` : 'bytes');
      const { project, code, err } = await build({ 'journal.yml': 'title: Pairs\n', [reportedFile]: content(reportedFile), [other]: content(other) });
      try {
        expect(code, err).toBe(1);
        expect(await listFiles(project)).not.toContain('_site/index.html');
        const loaded = await loadJournal({ contentDir: join(project, 'content'), cwd: join(project, 'content'), today: TODAY });
        const findings = listFindings(loaded.files).filter((finding) => finding.rule === 'site/duplicate-url');
        expect(findings).toHaveLength(1);
        expect(findings[0]!.file).toBe(reportedFile);
        expect(findings[0]!.severity).toBe('error');
        expect(findings[0]!.message).toContain(other);
        expect(findings[0]!.message).toContain(word);
      } finally {
        rmSync(project, { recursive: true, force: true });
      }
    });
  }

  for (const [file, address] of reserved) {
    it(`${file} against the site's own ${address}`, async () => {
      const { project, code, err } = await build({ 'journal.yml': 'title: Reserved\n', [file]: '# Mine\n' });
      try {
        expect(code, err).toBe(1);
        expect(err).toMatch(new RegExp(`${file}\n.*${address}.*site/duplicate-url`));
      } finally {
        rmSync(project, { recursive: true, force: true });
      }
    });
  }
});
