/**
 * The hostile-journal corpus: each case is a content folder (generated, so
 * multi-megabyte inputs never enter git) and the exact findings it must get,
 * as `path:line rule`, sorted. Every case must finish within its bound; the
 * bounds are generous (the test machine has two busy cores) and only catch
 * hangs: speed itself is measured by the benchmarks.
 */
import type { FolderSpec } from './journal-folder.js';

export interface HostileCase {
  name: string;
  /** The content folder; `outside` is a folder beside it for links to point at. */
  files: (where: { outside: string }) => FolderSpec;
  /** Every finding, `path:line rule`, in the order of `listFindings`. */
  expected: string[];
  /** What `loadJournal` took on the 2-core test machine under load (load average 6-7), for the record. */
  measuredMs: number;
  /** Text that must not appear anywhere in the parsed journal. */
  secret?: string;
}

/** The bound every case must meet, in CPU milliseconds: far above what any case takes, far below a hang. */
export const BOUND_MS = 5_000;

const CONFIG = 'title: Hardening\n';

const GOAL_BODY = `
## Where I am now
I wrote one small script.

## Success in one year
A CLI my team uses every day.

## Resources
- Book: The Go Programming Language

## Why it matters
Our platform is moving to Go.
`;

/** A valid goal with extra front matter lines (each a full line, without newline). */
function goal(...frontMatter: string[]): string {
  return ['---', 'title: Go', 'due: 2026-12-31', ...frontMatter, '---', GOAL_BODY].join('\n');
}

/** A goal whose front matter is exactly these lines. */
function goalWith(...frontMatter: string[]): string {
  return ['---', ...frontMatter, '---', GOAL_BODY].join('\n');
}

/** A YAML "billion laughs": nine levels of nine aliases, 9^9 nodes once expanded. */
function aliasBomb(): string[] {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const ref = `*${names[i - 1]}`;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(ref).join(',')}]`);
  }
  return lines;
}

const week = (lines: string[]) => ['## This week I intend to', ...lines, '', '## Reflection', 'Fine.', ''].join('\n');

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

export const CASES: HostileCase[] = [
  // ── YAML ──────────────────────────────────────────────────────────────
  {
    name: 'YAML that does not parse (unclosed quote)',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': goalWith('title: Go', 'status: "active', 'due: 2026-12-31') }),
    expected: ['goals/go.md:3 frontmatter/syntax'],
    measuredMs: 125,
  },
  {
    name: 'YAML that does not parse (bad indentation)',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': goalWith('title: Go', 'tags:', '  - a', ' - b') }),
    expected: ['goals/go.md:5 frontmatter/syntax'],
    measuredMs: 25,
  },
  {
    name: 'YAML alias bomb in front matter',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': goal(...aliasBomb()) }),
    expected: ['goals/go.md:4 frontmatter/unsafe'],
    measuredMs: 15,
  },
  {
    name: 'YAML alias bomb in journal.yml',
    files: () => ({ 'journal.yml': [CONFIG.trim(), ...aliasBomb(), ''].join('\n') }),
    expected: ['journal.yml:2 config/field'],
    measuredMs: 5,
  },
  {
    name: 'YAML merge key with an alias',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': goal('base: &b {status: done}', 'extra:', '  <<: *b') }),
    expected: ['goals/go.md:4 frontmatter/unsafe'],
    measuredMs: 20,
  },
  {
    name: 'duplicate keys',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': goal('title: Go again') }),
    expected: ['goals/go.md:4 frontmatter/syntax'],
    measuredMs: 10,
  },
  {
    name: 'keys __proto__, constructor and prototype',
    files: () => ({
      'journal.yml': CONFIG,
      'goals/proto.md': goal('__proto__:', '  private: false'),
      'goals/ctor.md': goal('constructor: {prototype: {polluted: true}}'),
      'goals/nested.md': goal('tags: [{prototype: x}]'),
      'journal-proto.md': '---\n"__proto__": {draft: false}\n---\n# Page\n',
    }),
    expected: [
      'goals/ctor.md:4 frontmatter/unsafe',
      'goals/nested.md:4 frontmatter/unsafe',
      'goals/proto.md:4 frontmatter/unsafe',
      'journal-proto.md:2 frontmatter/unsafe',
    ],
    measuredMs: 30,
  },
  {
    name: '__proto__ in journal.yml',
    files: () => ({ 'journal.yml': 'title: Hardening\n__proto__: {allowHtml: true}\n' }),
    expected: ['journal.yml:2 config/field'],
    measuredMs: 120,
  },
  {
    name: 'wrong types: a list as title, a number as status, text as a flag',
    files: () => ({
      'journal.yml': CONFIG,
      'goals/go.md': goalWith('title: [a, b]', 'status: 3', 'private: "true"', 'due: 2026-12-31'),
    }),
    expected: ['goals/go.md:2 frontmatter/field', 'goals/go.md:3 frontmatter/field', 'goals/go.md:4 frontmatter/field'],
    measuredMs: 5,
  },
  {
    name: '`yesterday` and an impossible day as dates',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': goalWith('title: Go', 'started: yesterday', 'due: 2026-02-30') }),
    expected: ['goals/go.md:1 goal/timebound', 'goals/go.md:3 frontmatter/field', 'goals/go.md:4 frontmatter/field'],
    measuredMs: 15,
  },
  {
    // Date arithmetic breaks far out (years 0-99 read as 1900-1999, years past 9999): logbook reads 1900-2999.
    name: 'years 0001 and 9999 in dates, milestones and week names',
    files: () => ({
      'journal.yml': CONFIG,
      'goals/go.md': goalWith('title: Go', 'started: 0001-01-01', 'due: 9999-12-31').replace(
        'Our platform is moving to Go.',
        'Our platform is moving to Go.\n\n## Milestones\n- [ ] E (due 0002-W01)\n- [x] F (due 9999-W52, done 9999-12-30)',
      ),
      'weeks/0001-W01.md': week(['- [x] a #go']),
      'weeks/9999-W52.md': week(['- [x] b #go']),
    }),
    expected: [
      'goals/go.md:1 goal/timebound',
      'goals/go.md:3 frontmatter/field',
      'goals/go.md:4 frontmatter/field',
      'goals/go.md:20 goal/milestone-date',
      'goals/go.md:21 goal/milestone-date',
      'goals/go.md:21 goal/milestone-date',
      'weeks/0001-W01.md:1 week/invalid',
      'weeks/9999-W52.md:1 week/invalid',
    ],
    measuredMs: 15,
  },
  {
    name: 'a journal spanning 1900 to 2999',
    files: () => ({
      'journal.yml': CONFIG,
      'goals/go.md': goalWith('title: Go', 'started: 1900-01-01', 'due: 2999-12-31').replace(
        'Our platform is moving to Go.',
        'Our platform is moving to Go.\n\n## Milestones\n- [x] E (due 1900-W02, done 1900-01-10)\n- [ ] F (due 2999-W52)',
      ),
      'weeks/1900-W01.md': week(['- [x] a #go']),
      'weeks/2999-W52.md': week(['- [x] b #go']),
    }),
    expected: [],
    measuredMs: 15,
  },
  {
    name: 'unterminated front matter',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': '---\ntitle: Go\ndue: 2026-12-31\n' + GOAL_BODY }),
    expected: ['goals/go.md:1 frontmatter/syntax'],
    measuredMs: 35,
  },
  {
    name: 'a file that is only front matter',
    files: () => ({
      'journal.yml': CONFIG,
      'goals/go.md': '---\ntitle: Go\ndue: 2026-12-31\n---\n',
      'weeks/2026-W10.md': '---\nweek: 2026-W10\n---',
      'about.md': '---\ntitle: About\n---\n',
    }),
    expected: [
      'goals/go.md:1 goal/missing-section',
      'goals/go.md:1 goal/missing-section',
      'goals/go.md:1 goal/missing-section',
      'goals/go.md:1 goal/missing-section',
      'weeks/2026-W10.md:1 week/intentions-count',
    ],
    measuredMs: 25,
  },
  {
    name: 'empty files',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': '', 'weeks/2026-W10.md': '', 'about.md': '' }),
    expected: [
      'goals/go.md:1 frontmatter/field',
      'goals/go.md:1 goal/missing-section',
      'goals/go.md:1 goal/missing-section',
      'goals/go.md:1 goal/missing-section',
      'goals/go.md:1 goal/missing-section',
      'goals/go.md:1 goal/timebound',
      'weeks/2026-W10.md:1 week/intentions-count',
    ],
    measuredMs: 5,
  },
  {
    name: 'an empty journal.yml',
    files: () => ({ 'journal.yml': '' }),
    expected: ['journal.yml:1 config/field'],
    measuredMs: 5,
  },
  {
    name: 'front matter that would run code or use custom tags',
    files: () => ({
      'journal.yml': CONFIG,
      'js.md': '---js\n{ title: require("fs").readFileSync("/etc/passwd", "utf8") }\n---\n',
      'javascript.md': '---javascript\nmodule.exports = { title: process.exit(3) }\n---\n',
      'coffee.md': '--- coffee\ntitle: process.exit 3\n---\n',
      'tag.md': '---\ntitle: !!js/function "function () { process.exit(3) }"\n---\n',
      'python.md': '---\ntitle: !!python/object/apply:os.system ["id"]\n---\n',
    }),
    expected: [
      'coffee.md:1 frontmatter/unsafe',
      'javascript.md:1 frontmatter/unsafe',
      'js.md:1 frontmatter/unsafe',
      'python.md:2 frontmatter/unsafe',
      'tag.md:2 frontmatter/unsafe',
    ],
    measuredMs: 25,
  },
  {
    name: 'deeply nested YAML flow collections (100,000 braces)',
    files: () => ({ 'journal.yml': CONFIG, 'about.md': `---\ntitle: ${'{a: '.repeat(100_000)}\n---\n` }),
    expected: ['about.md:2 file/too-complex'],
    measuredMs: 140,
  },
  {
    // These close on the same line: the screen once looked only at the depth at the end of each line.
    name: 'YAML flow lists nested 1,000 deep and closed on one line',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': goal(`tags: ${'['.repeat(1000)}${']'.repeat(1000)}`) }),
    expected: ['goals/go.md:4 file/too-complex'],
    measuredMs: 60,
  },
  {
    name: 'YAML flow maps nested 1,000 deep and closed on one line',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': goal(`tags: ${'{a: '.repeat(1000)}1${'}'.repeat(1000)}`) }),
    expected: ['goals/go.md:4 file/too-complex'],
    measuredMs: 60,
  },
  {
    name: 'YAML block maps nested 100 deep',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': goal('extra:', ...Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i + 1)}a:`)) }),
    expected: ['goals/go.md:37 file/too-complex'],
    measuredMs: 60,
  },
  {
    name: 'YAML flow lists nested 1,000 deep in journal.yml, closed on one line',
    files: () => ({ 'journal.yml': `title: x\nauthor: ${'['.repeat(1000)}${']'.repeat(1000)}\n` }),
    expected: ['journal.yml:2 file/too-complex'],
    measuredMs: 40,
  },
  {
    name: 'YAML block maps nested 100 deep in journal.yml',
    files: () => ({ 'journal.yml': ['title: x', 'template:', ...Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i + 1)}a:`)].join('\n') }),
    expected: ['journal.yml:35 file/too-complex'],
    measuredMs: 40,
  },
  {
    name: 'deeply nested YAML in journal.yml',
    files: () => ({ 'journal.yml': `title: x\nauthor: ${'['.repeat(50_000)}\n` }),
    expected: ['journal.yml:2 file/too-complex'],
    measuredMs: 40,
  },

  // ── Encodings and line endings ───────────────────────────────────────
  {
    name: 'invalid UTF-8',
    files: () => ({ 'journal.yml': CONFIG, 'about.md': bytes('---\ntitle: caf', [0xc3, 0x28], '\n---\n') }),
    expected: ['about.md:2 file/encoding'],
    measuredMs: 20,
  },
  {
    name: 'a NUL byte',
    files: () => ({ 'journal.yml': CONFIG, 'about.md': bytes('# About\nhello', [0], 'world\n') }),
    expected: ['about.md:2 file/encoding'],
    measuredMs: 5,
  },
  {
    name: 'a binary file named .md (a PNG)',
    files: () => ({
      'journal.yml': CONFIG,
      'goals/photo.md': bytes([0x89], 'PNG\r\n', [0x1a], '\n', [0, 0, 0, 13], 'IHDR', [0, 0, 1, 0, 0xff, 0xd8]),
    }),
    expected: ['goals/photo.md:3 file/encoding'],
    measuredMs: 20,
  },
  {
    name: 'UTF-16 files, with and without a byte order mark',
    files: () => {
      const text = '---\ntitle: About\n---\n# About\n';
      const le = [...text].flatMap((char) => [char.charCodeAt(0), 0]);
      return { 'journal.yml': CONFIG, 'bom.md': bytes([0xff, 0xfe, ...le]), 'nobom.md': bytes(le) };
    },
    expected: ['bom.md:1 file/encoding', 'nobom.md:1 file/encoding'],
    measuredMs: 5,
  },
  {
    name: 'a UTF-16 journal.yml',
    files: () => ({ 'journal.yml': bytes([0xfe, 0xff, ...[...CONFIG].flatMap((char) => [0, char.charCodeAt(0)])]) }),
    expected: ['journal.yml:1 config/field', 'journal.yml:1 file/encoding'],
    measuredMs: 5,
  },
  {
    name: 'BOM and CRLF: front matter still read, lines still right',
    files: () => ({
      'journal.yml': '\uFEFFtitle: Hardening\r\nlanguage: 42\r\n',
      'goals/go.md': '\uFEFF' + goalWith('title: Go', 'status: bogus', 'due: 2026-12-31').replace(/\n/g, '\r\n'),
    }),
    expected: ['goals/go.md:3 frontmatter/field', 'journal.yml:2 config/field'],
    measuredMs: 10,
  },
  {
    name: 'mixed line endings (LF, CRLF and a lone CR)',
    files: () => ({
      'journal.yml': CONFIG,
      'goals/go.md': '---\r\ntitle: Go\nstatus: bogus\r\ndue: 2026-12-31\n---\r\n\r## Where I am now\rSomething.\r\n',
      'weeks/2026-W10.md': '## This week I intend to\r\n- [x] read #go\r- [x] write #nogoal\n- [x] talk #go\r\n- [x] rest #go\r',
    }),
    expected: [
      'goals/go.md:3 frontmatter/field',
      'goals/go.md:7 goal/missing-section',
      'goals/go.md:7 goal/missing-section',
      'goals/go.md:7 goal/missing-section',
      'weeks/2026-W10.md:3 ref/unknown-goal',
      'weeks/2026-W10.md:5 week/intentions-count',
    ],
    measuredMs: 10,
  },

  {
    // Found by the property test: the text after an empty task box keeps a start past the end of its line.
    name: 'a goal reference on the line after an empty task box',
    files: () => ({ 'journal.yml': CONFIG, 'weeks/2026-W10.md': '## This week I intend to\n- [x] \n#nogoal\n' }),
    expected: ['weeks/2026-W10.md:3 ref/unknown-goal'],
    measuredMs: 10,
  },

  // ── Size and parser worst cases ──────────────────────────────────────
  {
    name: 'a 10 MB file',
    files: () => ({
      'journal.yml': CONFIG,
      'goals/go.md': goal() + 'Some prose about learning Go, and why it matters to me.\n'.repeat(190_000),
    }),
    expected: ['goals/go.md:1 file/too-complex'],
    measuredMs: 140,
  },
  {
    name: 'a 10 MB journal.yml',
    files: () => ({ 'journal.yml': CONFIG + `description: "${'word '.repeat(2_000_000)}"\n` }),
    expected: ['journal.yml:1 file/too-complex'],
    measuredMs: 35,
  },
  {
    name: '50,000 nested block quotes on one line',
    files: () => ({ 'journal.yml': CONFIG, 'about.md': `# About\n\n${'>'.repeat(50_000)} deep\n` }),
    expected: ['about.md:3 file/too-complex'],
    measuredMs: 75,
  },
  {
    name: '50,000 nested block quotes, one more per line',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': Array.from({ length: 50_000 }, (_, i) => '>'.repeat((i % 40) + 1)).join('\n'),
    }),
    expected: ['about.md:1 file/too-complex'],
    measuredMs: 5,
  },
  {
    name: 'block quotes nested 33 deep over 33 lines',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': Array.from({ length: 40 }, (_, i) => `${'> '.repeat(i + 1)}level ${i + 1}`).join('\n'),
    }),
    expected: ['about.md:33 file/too-complex'],
    measuredMs: 5,
  },
  {
    name: '3,000 nested list items',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': Array.from({ length: 3_000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
    }),
    expected: ['about.md:1 file/too-complex'],
    measuredMs: 15,
  },
  {
    name: '600 nested list items (under the size limit)',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': Array.from({ length: 600 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
    }),
    expected: ['about.md:33 file/too-complex'],
    measuredMs: 5,
  },
  {
    name: 'list items nested inside a block quote',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': Array.from({ length: 500 }, (_, i) => `>${' '.repeat(2 * i + 1)}- item ${i}`).join('\n'),
    }),
    expected: ['about.md:32 file/too-complex'],
    measuredMs: 5,
  },
  {
    name: 'ordered lists and tabs nested 5,000 deep on one line',
    files: () => ({ 'journal.yml': CONFIG, 'about.md': `${'1.\t- > '.repeat(5_000)}x\n` }),
    expected: ['about.md:1 file/too-complex'],
    measuredMs: 25,
  },
  {
    name: '100,000 backticks inside a line',
    files: () => ({ 'journal.yml': CONFIG, 'about.md': `# About\nSee ${'`'.repeat(100_000)}\n` }),
    expected: ['about.md:2 file/too-complex'],
    measuredMs: 20,
  },
  {
    // A line that starts with three or more backticks opens a code block: what follows is shown as code.
    name: '100,000 backticks starting a line (an unclosed code fence)',
    files: () => ({ 'journal.yml': CONFIG, 'about.md': `# About\n${'`'.repeat(100_000)}\n${'*a '.repeat(3_000)}\n` }),
    expected: [],
    measuredMs: 240,
  },
  {
    // Inside an HTML block a ``` line is raw HTML, not a fence: what follows the block is Markdown.
    name: 'a code fence hidden in an HTML block, then 30,000 nested block quotes',
    files: () => ({ 'journal.yml': CONFIG, 'about.md': `<pre>\n\`\`\`\n</pre>\n\n${'>'.repeat(30_000)} deep\n` }),
    expected: ['about.md:5 file/too-complex'],
    measuredMs: 20,
  },
  {
    name: 'a code fence hidden in front matter, then 30,000 nested block quotes',
    files: () => ({ 'journal.yml': CONFIG, 'about.md': `---\ntitle: x\n\`\`\`\n---\n${'>'.repeat(30_000)} deep\n` }),
    expected: ['about.md:5 file/too-complex'],
    measuredMs: 20,
  },
  {
    name: 'a code fence right after a table row, then nested emphasis',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': `| a |\n|---|\n| b |\n\`\`\`\n${Array(10).fill('*_'.repeat(250)).join('\n')}\n`,
    }),
    expected: ['about.md:6 file/too-complex'],
    measuredMs: 20,
  },
  {
    name: 'a long, deeply indented code block (fenced code is not counted)',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': `# Code\n\n\`\`\`json\n${Array.from({ length: 600 }, (_, i) => `${'  '.repeat(i % 60)}"k${i}": [{"a": [1, 2]}, "<b>*x*</b>"],`).join('\n')}\n\`\`\`\n`,
    }),
    expected: [],
    measuredMs: 30,
  },
  {
    // With allowHtml the raw HTML of all blocks is parsed as one document: unclosed elements nest.
    name: '9,500 HTML elements left open over 19 blocks, with allowHtml',
    files: () => ({
      'journal.yml': 'title: Hardening\nallowHtml: true\n',
      'about.md': `${Array.from({ length: 19 }, () => '<div>'.repeat(499)).join('\n\n')}\n\ndeep\n`,
    }),
    expected: ['about.md:1 file/too-complex'],
    measuredMs: 20,
  },
  {
    name: '150 HTML elements left open, one per line',
    files: () => ({
      'journal.yml': 'title: Hardening\nallowHtml: true\n',
      'about.md': Array.from({ length: 150 }, (_, i) => `<section id="s${i}">`).join('\n'),
    }),
    expected: ['about.md:101 file/too-complex'],
    measuredMs: 20,
  },
  {
    name: 'ordinary raw HTML, autolinks and code spans that mention tags',
    files: () => ({
      'journal.yml': 'title: Hardening\nallowHtml: true\n',
      'about.md': Array.from(
        { length: 200 },
        (_, i) => `<p>Paragraph ${i}<br> see <https://example.com/${i}> and \`<div>\` or \`\`<span>\`\`, a < b <img src="x.png" alt=""></p><li>item`,
      ).join('\n\n'),
    }),
    expected: [],
    measuredMs: 100,
  },
  {
    name: '100,000 brackets on one line',
    files: () => ({ 'journal.yml': CONFIG, 'about.md': `${'['.repeat(100_000)}\n` }),
    expected: ['about.md:1 file/too-complex'],
    measuredMs: 45,
  },
  {
    name: '30,000 emphasis markers on one line',
    files: () => ({ 'journal.yml': CONFIG, 'about.md': `${'*a '.repeat(30_000)}\n` }),
    expected: ['about.md:1 file/too-complex'],
    measuredMs: 5,
  },
  {
    name: '30,000 emphasis markers in one paragraph of short lines',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': Array.from({ length: 100 }, () => '*a '.repeat(300)).join('\n'),
    }),
    expected: ['about.md:4 file/too-complex'],
    measuredMs: 5,
  },
  {
    name: 'nested emphasis over many lines of one paragraph',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': [...Array(40).fill('*_'.repeat(250)), 'x', ...Array(40).fill('_*'.repeat(250))].join('\n'),
    }),
    expected: ['about.md:3 file/too-complex'],
    measuredMs: 5,
  },
  {
    name: '100,000 tildes in one paragraph of short lines',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': Array.from({ length: 112 }, () => '~a'.repeat(450)).join('\n'),
    }),
    expected: ['about.md:3 file/too-complex'],
    measuredMs: 5,
  },
  {
    name: 'a table with 250,000 cells',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': `|${'a|'.repeat(30)}\n|${'-|'.repeat(30)}\n${`|${'b|'.repeat(30)}\n`.repeat(8_000)}`,
    }),
    expected: ['about.md:323 file/too-complex'],
    measuredMs: 5,
  },
  {
    name: 'a goal with 3,000 tags (each tag would be a page)',
    files: () => ({ 'journal.yml': CONFIG, 'goals/go.md': goal(`tags: [${Array.from({ length: 3_000 }, (_, i) => `t${i}`).join(', ')}]`) }),
    expected: ['goals/go.md:4 frontmatter/field'],
    measuredMs: 20,
  },
  {
    // 1,000 list items is the limit: the parser's time grows faster than the number of items.
    name: 'a week with 5,000 intentions',
    files: () => ({
      'journal.yml': CONFIG,
      'goals/go.md': goal(),
      'weeks/2026-W10.md': week(Array.from({ length: 5_000 }, (_, i) => `- [x] practise kata number ${i} #go`)),
    }),
    expected: ['weeks/2026-W10.md:1002 file/too-complex'],
    measuredMs: 5,
  },
  {
    name: 'a week with 990 intentions (just under the limit)',
    files: () => ({
      'journal.yml': CONFIG,
      'goals/go.md': goal(),
      'weeks/2026-W10.md': week(Array.from({ length: 990 }, (_, i) => `- [x] practise kata number ${i} #go`)),
    }),
    expected: ['weeks/2026-W10.md:5 week/intentions-count'],
    measuredMs: 1_125,
  },
  {
    name: 'two weeks in a row with 300 unchecked intentions each, none repeated',
    files: () => {
      const items = (prefix: string) =>
        Array.from({ length: 300 }, (_, i) => `- [ ] ${prefix} kata ${i} #go\n  - Why not: no time`);
      return {
        'journal.yml': CONFIG,
        'goals/go.md': goal(),
        'weeks/2026-W10.md': week(items('practise')),
        'weeks/2026-W11.md': week(items('review')),
      };
    },
    expected: ['weeks/2026-W10.md:8 week/intentions-count', 'weeks/2026-W11.md:8 week/intentions-count'],
    measuredMs: 1_000,
  },

  // ── Links and names ──────────────────────────────────────────────────
  {
    name: 'symbolic links that lead outside the content folder',
    files: ({ outside }) => ({
      'journal.yml': CONFIG,
      'notes.md': { link: `${outside}/secret.md` },
      'goals/leak.md': { link: '../../outside/secret.md' },
      'assets/passwd': { link: '/etc/passwd' },
      'pages/elsewhere': { link: outside },
    }),
    expected: [
      'assets/passwd:1 file/outside-link',
      'goals/leak.md:1 file/outside-link',
      'notes.md:1 file/outside-link',
      'pages/elsewhere:1 file/outside-link',
    ],
    secret: 'TOP-SECRET-OUTSIDE',
    measuredMs: 135,
  },
  {
    // A link is followed only to a published file of the journal: never into private/, to a
    // private or draft entry, to private Markdown under assets/, or to a hidden file.
    name: 'symbolic links into private/, to private or draft files and to hidden files',
    files: () => ({
      'journal.yml': CONFIG,
      'private/secret.md': '# TOP-SECRET-PRIVATE-FOLDER\n',
      'private/photos/me.png': 'TOP-SECRET-PRIVATE-FOLDER',
      'goals/draft.md': goal('draft: true', 'description: TOP-SECRET-DRAFT'),
      'diary.md': '---\nprivate: true\n---\n# TOP-SECRET-PRIVATE-ENTRY\n',
      'broken.md': '---\ntitle: "TOP-SECRET-BROKEN\n---\n# Broken front matter\n',
      'assets/notes.md': '---\nprivate: true\n---\nTOP-SECRET-PRIVATE-ASSET\n',
      'assets/public.md': '---\ntitle: Shared notes\n---\nShared.\n',
      '.hidden/secret.txt': 'TOP-SECRET-HIDDEN',
      'pages/leak.md': { link: '../private/secret.md' },
      'pages/leak-folder': { link: '../private/photos' },
      'pages/all-private': { link: '../private' },
      'assets/me.png': { link: '../private/photos/me.png' },
      'pages/draft-goal.md': { link: '../goals/draft.md' },
      'assets/draft.txt': { link: '../goals/draft.md' },
      'pages/diary-copy.md': { link: '../diary.md' },
      'pages/broken-copy.md': { link: '../broken.md' },
      'assets/notes-copy.md': { link: 'notes.md' },
      'assets/notes-copy.txt': { link: 'notes.md' },
      'assets/hidden.txt': { link: '../.hidden/secret.txt' },
      // Followed: links to published files, and links inside private/ (never built anyway).
      'assets/public-copy.txt': { link: 'public.md' },
      'pages/goal-copy.md': { link: '../goals/go.md' },
      'goals/go.md': goal(),
      'private/diary-link.md': { link: '../diary.md' },
    }),
    expected: [
      'assets/draft.txt:1 file/private-link',
      'assets/hidden.txt:1 file/private-link',
      'assets/me.png:1 file/private-link',
      'assets/notes-copy.md:1 file/private-link',
      'assets/notes-copy.txt:1 file/private-link',
      'broken.md:2 frontmatter/syntax',
      'pages/all-private:1 file/private-link',
      'pages/broken-copy.md:1 file/private-link',
      'pages/diary-copy.md:1 file/private-link',
      'pages/draft-goal.md:1 file/private-link',
      'pages/goal-copy.md:3 frontmatter/unknown-key',
      'pages/leak-folder:1 file/private-link',
      'pages/leak.md:1 file/private-link',
    ],
    // Private entries are in the parsed journal (serve shows them): private-in-site.test.ts builds
    // this journal and looks for the secrets in every byte of the site.
    measuredMs: 20,
  },
  {
    // Markdown under assets/ is copied as it is, once its front matter says it may be published.
    name: 'Markdown under assets/: private, draft, broken and misspelt front matter',
    files: () => ({
      'journal.yml': CONFIG,
      'assets/private.md': '---\nprivate: true\n---\nTOP-SECRET-ASSET\n',
      'assets/draft.MD': '---\ndraft: true\n---\nTOP-SECRET-ASSET\n',
      'assets/quoted.markdown': '---\nprivate: "true"\n---\nTOP-SECRET-ASSET\n',
      'assets/broken.md': '---\nprivate: true\ntitle: [\n---\nTOP-SECRET-ASSET\n',
      'assets/typo.md': '---\nprivte: true\n---\nTOP-SECRET-ASSET\n',
      'assets/late.md': '\n---\nprivate: true\n---\nTOP-SECRET-ASSET\n',
      'assets/deep.md': `---\nprivate: true\ntitle: ${'['.repeat(100)}\n---\nTOP-SECRET-ASSET\n`,
      'assets/code/js.md': '---js\n{ private: false }\n---\nTOP-SECRET-ASSET\n',
      // Copied: public front matter or none, however long or deep the rest is.
      'assets/public.md': '---\ntitle: Notes\n---\nPublic.\n',
      'assets/plain.md': '# Plain\n',
      'assets/long.md': `---\ntitle: Long\n---\n${'> '.repeat(100)}deep\n${'word '.repeat(200_000)}\n`,
    }),
    expected: [
      'assets/broken.md:3 frontmatter/syntax',
      'assets/code/js.md:1 frontmatter/unsafe',
      'assets/deep.md:3 file/too-complex',
      'assets/late.md:2 frontmatter/syntax',
      'assets/quoted.markdown:2 frontmatter/field',
      'assets/typo.md:2 frontmatter/unknown-key',
    ],
    secret: 'TOP-SECRET',
    measuredMs: 20,
  },
  {
    name: 'journal.yml that is a link to a file outside',
    files: ({ outside }) => ({ 'journal.yml': { link: `${outside}/journal.yml` } }),
    expected: ['journal.yml:1 config/field', 'journal.yml:1 file/outside-link'],
    secret: 'TOP-SECRET-OUTSIDE',
    measuredMs: 5,
  },
  {
    name: 'links that loop, dangle or stay inside',
    files: () => ({
      'journal.yml': CONFIG,
      'goals/go.md': goal(),
      'goals/again/loop': { link: '..' },
      'pages/self': { link: '.' },
      'dangling.md': { link: 'nowhere.md' },
      'pages/go-copy.md': { link: '../goals/go.md' },
    }),
    // The linked goal is read as a page, where `due` means nothing.
    expected: ['pages/go-copy.md:3 frontmatter/unknown-key'],
    measuredMs: 25,
  },
  {
    name: 'file names with spaces, upper case and non-Latin letters',
    files: () => ({
      'journal.yml': CONFIG,
      'pages/My Notes.md': '# My notes\n',
      'Über uns.md': '# Über uns\n',
      '日记.md': '# 日记\n',
      'pages/Ελληνικά/Σημειώσεις.md': '# Σημειώσεις\n',
    }),
    expected: [],
    measuredMs: 15,
  },
  {
    name: 'names with a backslash or a control character',
    files: () => ({
      'journal.yml': CONFIG,
      'pages/a\\..\\..\\b.md': '# Backslashes\n',
      'pages/new\nline.md': '# A newline in the name\n',
      'pages/x\\y/z.md': '# Inside a folder with a backslash\n',
      'assets/tab\there.png': 'not really a picture',
    }),
    // A backslash is an error (the journal cannot be checked out on Windows); a control character
    // only keeps the file off the site.
    expected: [
      'assets/tab\there.png:1 file/unsafe-name',
      'pages/a\\..\\..\\b.md:1 file/name',
      'pages/new\nline.md:1 file/unsafe-name',
      'pages/x\\y/z.md:1 file/name',
    ],
    measuredMs: 15,
  },
  {
    name: 'pages named like files the site writes itself',
    files: () => ({
      'journal.yml': CONFIG,
      'feed.xml.md': '# Feed\n',
      'pages/index.html.md': '# Index\n',
      'pages/blog/index.html.md': '# Blog index\n',
      'goals/index.html.md': goal(),
      'pagefind.md': '# Search files\n',
      'Sitemap.XML.md': '# Sitemap\n',
    }),
    expected: [
      'Sitemap.XML.md:1 site/duplicate-url',
      'feed.xml.md:1 site/duplicate-url',
      'goals/index.html.md:1 site/duplicate-url',
      'pagefind.md:1 site/duplicate-url',
      'pages/blog/index.html.md:1 site/duplicate-url',
      'pages/index.html.md:1 site/duplicate-url',
    ],
    measuredMs: 15,
  },
  {
    name: 'two names that differ only in case',
    files: () => ({
      'journal.yml': CONFIG,
      'about.md': '# About\n',
      'About.md': '# About again\n',
      'goals/go.md': goal(),
      'goals/Go.md': goal(),
    }),
    expected: ['about.md:1 site/duplicate-url', 'goals/go.md:1 site/duplicate-url'],
    measuredMs: 5,
  },
  {
    name: 'names no link can reach: ?, #, %, control characters, a trailing dot or space',
    files: () => ({
      'journal.yml': CONFIG,
      'pages/what?.md': '# Question\n',
      'pages/c#.md': '# C sharp\n',
      'pages/100%.md': '# Percent\n',
      'pages/bell\u0007.md': '# A C0 control character\n',
      'pages/next\u0085line.md': '# A C1 control character\n',
      'about..md': '# Ends with a dot once .md is gone\n',
      'about .md': '# Ends with a space once .md is gone\n',
      'pages/v1./notes.md': '# In a folder ending with a dot\n',
      'pages/draft /notes.md': '# In a folder ending with a space\n',
      'goals/c#.md': goal(),
      'weeks/2026?/2026-W10.md': week(['- [x] a']),
      'assets/a#b.png': 'a picture',
      'assets/a?b.png': 'a picture',
      'assets/50%.png': 'a picture',
      'assets/photo.png.': 'a picture',
      'assets/photo.png ': 'a picture',
      'assets/del\u007f.png': 'a picture',
      // Not part of the site (neither Markdown nor an asset): no finding.
      'notes/what?.txt': 'ignored',
    }),
    expected: [
      'about .md:1 file/unsafe-name',
      'about..md:1 file/unsafe-name',
      'assets/50%.png:1 file/unsafe-name',
      'assets/a#b.png:1 file/unsafe-name',
      'assets/a?b.png:1 file/unsafe-name',
      'assets/del\u007f.png:1 file/unsafe-name',
      'assets/photo.png :1 file/unsafe-name',
      'assets/photo.png.:1 file/unsafe-name',
      'goals/c#.md:1 file/unsafe-name',
      'pages/100%.md:1 file/unsafe-name',
      'pages/bell\u0007.md:1 file/unsafe-name',
      'pages/c#.md:1 file/unsafe-name',
      'pages/draft /notes.md:1 file/unsafe-name',
      'pages/next\u0085line.md:1 file/unsafe-name',
      'pages/v1./notes.md:1 file/unsafe-name',
      'pages/what?.md:1 file/unsafe-name',
      'weeks/2026?/2026-W10.md:1 file/unsafe-name',
    ],
    measuredMs: 10,
  },
  {
    name: 'outputs that differ only in case or Unicode normalisation, or land on a reserved address',
    files: () => ({
      'journal.yml': CONFIG,
      'assets/Logo.png': 'upper',
      'assets/logo.png': 'lower',
      'assets/Photos/a.png': 'a folder in upper case',
      'assets/photos/b.png': 'the same folder in lower case',
      [`assets/${'caf\u00e9'}.png`]: 'NFC',
      [`assets/${'cafe\u0301'}.png`]: 'NFD',
      [`${'caf\u00e9'}.md`]: '# NFC\n',
      [`${'cafe\u0301'}.md`]: '# NFD\n',
      [`pages/${'R\u00e9sum\u00e9'}/x.md`]: '# A folder in NFC and upper case\n',
      [`pages/${'re\u0301sume\u0301'}/y.md`]: '# The same folder in NFD and lower case\n',
      'pages/Blog.md': '# Blog\n',
      'pages/blog/first.md': '# First post\n',
      'Search.md': '# Not the search page\n',
      'Pagefind.md': '# Not the search index\n',
      'pages/Tags/x.md': '# Not a tag page\n',
      'Assets.md': '# Not the assets folder\n',
      'PROGRESS.md': '# Not the progress page\n',
      'goals/go.md': goal(),
      [`goals/g${'\u00f6'}.md`]: goal(),
      [`goals/go${'\u0308'}.md`]: goal(),
    }),
    expected: [
      'Assets.md:1 site/duplicate-url',
      'PROGRESS.md:1 site/duplicate-url',
      'Pagefind.md:1 site/duplicate-url',
      'Search.md:1 site/duplicate-url',
      `assets/${'caf\u00e9'}.png:1 site/duplicate-url`,
      'assets/logo.png:1 site/duplicate-url',
      'assets/photos/b.png:1 site/duplicate-url',
      `${'caf\u00e9'}.md:1 site/duplicate-url`,
      `goals/g${'\u00f6'}.md:1 site/duplicate-url`,
      'pages/Tags/x.md:1 site/duplicate-url',
      'pages/blog/first.md:1 site/duplicate-url',
      `pages/${'re\u0301sume\u0301'}/y.md:1 site/duplicate-url`,
    ],
    measuredMs: 10,
  },
];
