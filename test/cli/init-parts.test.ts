/** The parts of `logbook init`: the example's manifest, the git remote, the .gitignore entry. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILES, exampleFolders, exampleHash } from '../../src/init/example-journal.js';
import { pagesUrl, parseGithubRemote, titleFor } from '../../src/init/git-remote.js';
import { hasEntry, privateEntry } from '../../src/init/gitignore.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

describe('the example manifest', () => {
  // The frozen copy is the example as shipped; if content/ changes, run scripts/example-manifest.mjs
  // and refresh the copy (test/fixtures/example-journal/content) together.
  it('lists every file of the frozen example journal with its hash', () => {
    expect(EXAMPLE_FILES.map((file) => file.path)).toEqual(filesUnder(EXAMPLE_CONTENT));
    for (const file of EXAMPLE_FILES) {
      expect(exampleHash(readFileSync(join(EXAMPLE_CONTENT, file.path))), file.path).toBe(file.sha256);
    }
  });

  it('removes folders deepest first', () => {
    expect(exampleFolders([{ path: 'a/b/c.md', sha256: '' }, { path: 'a/d.md', sha256: '' }, { path: 'e.md', sha256: '' }])).toEqual(['a/b', 'a']);
  });

  it('hashes CRLF line ends as LF, and nothing else alike', () => {
    expect(exampleHash(Buffer.from('a\r\nb\n'))).toBe(exampleHash(Buffer.from('a\nb\n')));
    expect(exampleHash(Buffer.from('a\rb\n'))).not.toBe(exampleHash(Buffer.from('a\nb\n')));
  });
});

describe('the git remote', () => {
  it.each([
    ['git@github.com:ada/journal.git', 'ada', 'journal'],
    ['git@github.com:ada/journal', 'ada', 'journal'],
    ['https://github.com/ada/journal.git', 'ada', 'journal'],
    ['https://github.com/ada/journal', 'ada', 'journal'],
    ['https://github.com/ada/journal/', 'ada', 'journal'],
    ['https://token@github.com/Ada-L/my.journal.git\n', 'Ada-L', 'my.journal'],
    ['ssh://git@github.com/ada/journal.git', 'ada', 'journal'],
    ['ssh://git@github.com:22/ada/journal.git', 'ada', 'journal'],
    ['git://github.com/ada/learning_2026.git', 'ada', 'learning_2026'],
  ])('%s → %s/%s', (remote, owner, name) => {
    expect(parseGithubRemote(remote)).toEqual({ owner, name });
  });

  it.each([
    'https://gitlab.com/ada/journal.git',
    'git@gitlab.com:ada/journal.git',
    'https://github.com.evil.example/ada/journal',
    'https://github.com/ada',
    'https://github.com/ada/journal/tree/main',
    '/home/ada/journal.git',
    '../journal',
    'https://github.com/ada/..',
    '',
  ])('%j names no GitHub repository', (remote) => {
    expect(parseGithubRemote(remote)).toBeUndefined();
  });

  it('gives the Pages address and a title', () => {
    expect(pagesUrl({ owner: 'ada', name: 'journal' })).toBe('https://ada.github.io/journal/');
    expect(pagesUrl({ owner: 'Ada', name: 'Journal' })).toBe('https://ada.github.io/Journal/');
    expect(pagesUrl({ owner: 'ada', name: 'ada.github.io' })).toBe('https://ada.github.io/');
    expect(pagesUrl({ owner: 'Ada', name: 'ada.GitHub.io' })).toBe('https://ada.github.io/');
    expect(titleFor({ owner: 'ada', name: 'journal' })).toBe("Ada's learning journal");
    expect(titleFor({ owner: 'james', name: 'journal' })).toBe("James' learning journal");
  });
});

describe('the .gitignore entry', () => {
  it('is the content folder relative to the project, with private/', () => {
    expect(privateEntry('/p', '/p/content')).toBe('content/private/');
    expect(privateEntry('/p', '/p/docs/journal')).toBe('docs/journal/private/');
    expect(privateEntry('/p', '/p')).toBe('private/');
    expect(privateEntry('/p', '/elsewhere/content')).toBeUndefined();
    expect(privateEntry('/p', '/p/!a*b?')).toBe('\\!a\\*b\\?/private/');
  });

  it('is found with or without a leading slash, and not in a comment or a longer line', () => {
    expect(hasEntry('node_modules\ncontent/private/\n', 'content/private/')).toBe(true);
    expect(hasEntry('/content/private/\r\n', 'content/private/')).toBe(true);
    expect(hasEntry('# content/private/\n', 'content/private/')).toBe(false);
    expect(hasEntry('my-content/private/\n', 'content/private/')).toBe(false);
  });
});
