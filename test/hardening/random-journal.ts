/**
 * fast-check arbitraries for random journals: front matter with known,
 * misspelt and hostile keys and values, and Markdown assembled from the
 * pieces the parser treats specially (containers, markers, fences, HTML,
 * links, line endings), so that random runs reach the odd corners.
 */
import fc from 'fast-check';
import type { FolderSpec } from './journal-folder.js';

const word = fc.constantFrom('go', 'Go', 'rust', 'read', 'ship', 'écrire', '日本', 'x', '', ' ', 'TODO', '...');
const goalSlug = fc.constantFrom('go', 'rust', 'talks', 'missing', 'Go');

/** A YAML value as written after `key: `. */
const yamlValue = fc.oneof(
  fc.constantFrom(
    'Go', '"quoted"', "'single'", '[a, b]', '{a: 1}', '3', '-1', '1e9', 'true', 'false', 'yes', '~', 'null', '',
    '2026-01-05', '2026-02-30', '2026-W10', '2025-W53', 'yesterday', 'active', 'done', 'bogus',
    '0001-01-01', '9999-12-31', '1900-01-01', '2999-12-31', '3000-01-01',
    '&a x', '*a', '!!js/function "f"', '!custom x', '"unclosed', '[unclosed', '|', '>-', '? x', '- item',
  ),
  fc.string({ maxLength: 12 }),
);
const yamlKey = fc.constantFrom(
  'title', 'description', 'tags', 'private', 'draft', 'status', 'started', 'due', 'week', 'date',
  'privte', 'Draft', 'titel', '__proto__', 'constructor', 'prototype', 'permalink', 'slug', 'layout', '"quoted key"', '? ',
);
const frontMatterLine = fc.oneof(
  fc.tuple(yamlKey, yamlValue).map(([key, value]) => `${key}: ${value}`),
  fc.constantFrom('  - nested', '\tindented', '# comment', '---', '...', 'plain text', ''),
);
const frontMatter = fc.oneof(
  { weight: 4, arbitrary: fc.array(frontMatterLine, { maxLength: 6 }).map((lines) => ['---', ...lines, '---'].join('\n')) },
  { weight: 1, arbitrary: fc.array(frontMatterLine, { maxLength: 4 }).map((lines) => ['---', ...lines].join('\n')) },
  { weight: 1, arbitrary: fc.constantFrom('---js\n{}\n---', '--- yaml\ntitle: x\n---', ' ---\ntitle: x\n---', '----\n') },
  { weight: 2, arbitrary: fc.constant('') },
);

const inline = fc.oneof(
  word,
  goalSlug.map((slug) => `#${slug}`),
  fc.constantFrom(
    '*', '_', '**', '`', '~~', '[', ']', '(', ')', '<', '>', '&amp;', '&#0;', '\\', '|', '!', '#', '\u0000',
    '[go](../goals/go.md)', '[x](javascript:alert(1))', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
    '<!-- note -->', '<https://example.com>', 'www.example.com', 'a@b.co', '[^1]', '$x$', '\u202e', '\ud83d\ude00',
    'Why not: busy', 'Why again: still', '(due 2026-03-01)', '(due 2026-W10, done 2026-03-02)', '(due 9999-W52)', '(due 1900-W01, done 1900-01-01)',
  ),
);
const inlineText = fc.array(inline, { maxLength: 8 }).map((parts) => parts.join(' '));

const blockPrefix = fc.constantFrom('', '', '', '> ', '- ', '* ', '1. ', '- [ ] ', '- [x] ', '  - ', '    ', '\t', '>> ', '- > ', '   ');
const blockLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(blockPrefix, inlineText).map(([prefix, text]) => prefix + text) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '## This week I intend to', '## Intentions', '## Reflection', '## Why not', '## Where I am now',
      '## Success in one year', '## Resources', '## Why it matters', '## Milestones', '### Books', '# Title',
      'Heading\n===', '```', '~~~', '```js', '| a | b |', '|---|---|', '***', '<div>', '</div>', '',
    ),
  },
);
const lineEnding = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** A random Markdown body. */
export const markdownBody = fc
  .array(fc.tuple(blockLine, lineEnding), { maxLength: 30 })
  .map((lines) => lines.map(([line, ending]) => line + ending).join(''));

/** A random Markdown file: optional front matter, then a body. */
export const markdownFile = fc
  .tuple(frontMatter, markdownBody, fc.boolean())
  .map(([front, body, bom]) => (bom ? '\uFEFF' : '') + (front ? `${front}\n` : '') + body);

const fileName = fc.oneof(
  fc.constantFrom('goals/go.md', 'goals/rust.md', 'goals/Go.md', 'goals/talks.md', 'goals/sub/deep.md'),
  fc.constantFrom('weeks/2026-W09.md', 'weeks/2026-W10.md', 'weeks/2026/2026-W11.md', 'weeks/2025-W53.md', 'weeks/2026-w12.md', 'weeks/notes.md', 'weeks/9999-W52.md', 'weeks/1900-W01.md', 'weeks/2999-W52.md'),
  fc.constantFrom('about.md', 'About.md', 'index.md', 'pages/blog/first.md', 'private/diary.md', 'goals.md', 'pages/My Notes.md', '日记.md'),
  fc.constantFrom('pages/%2e%2e/%2e%2e/up.md', 'pages/a\\..\\..\\b.md', 'pages/..md', 'pages/q?x#y.md', 'pages/ space .md', 'assets/../feed.xml.md', 'pages/index.html.md'),
);

const journalYml = fc.oneof(
  fc.constant('title: Random journal\n'),
  fc.constant('title: Random journal\nallowHtml: true\ntimezone: Pacific/Kiritimati\n'),
  fc.array(frontMatterLine, { maxLength: 4 }).map((lines) => ['title: Random', ...lines, ''].join('\n')),
);

/** A random content folder. */
export const randomJournal = fc
  .tuple(journalYml, fc.dictionary(fileName, markdownFile, { maxKeys: 7 }))
  .map(([config, files]): FolderSpec => ({ 'journal.yml': config, ...files }));
