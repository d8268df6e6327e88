/**
 * `logbook init`: a fresh journal in a missing or empty folder, or in place of
 * the example journal when that is exactly as shipped; any other folder is
 * refused with every byte left as it was.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';
import { recordingIo } from '../helpers/io.js';

/** A temporary project that is its own git repository, so `.gitignore` is looked for in it and nowhere above. */
function project(remote?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'logbook-init-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  if (remote) execFileSync('git', ['remote', 'add', 'origin', remote], { cwd: dir });
  return dir;
}

function withExample(dir: string): string {
  cpSync(EXAMPLE_CONTENT, join(dir, 'content'), { recursive: true });
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  const io = recordingIo(cwd);
  const code = await main(['init', '--today', '2026-11-24', ...argv], io);
  return { code, out: io.out, err: io.err };
}

/** Every file and folder under `dir` (the .git folder left out) with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const path = join(folder, entry.name);
      const key = relative(dir, path);
      if (entry.isDirectory()) {
        result[`${key}/`] = '';
        walk(path);
      } else {
        result[key] = createHash('sha256').update(readFileSync(path)).digest('hex');
      }
    }
  };
  walk(dir);
  return result;
}

const FRESH = ['goals/', 'goals/keep-a-learning-journal.md', 'journal.yml', 'weeks/', 'weeks/2026-W48.md'];

function contentFiles(dir: string): string[] {
  return Object.keys(snapshot(join(dir, 'content'))).sort();
}

async function expectChecksClean(dir: string, content = 'content') {
  const io = recordingIo(dir);
  const code = await main(['check', '--content', content, '--format', 'json', '--today', '2026-11-24'], io);
  const findings = JSON.parse(io.out) as { severity: string; rule: string }[];
  expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  expect(code).toBe(0);
  return findings;
}

describe('logbook init', () => {
  it('writes a fresh journal into a missing folder, which checks with no errors', async () => {
    const dir = project('git@github.com:ada/journal.git');
    const result = await run(dir);
    expect(result.code, result.err).toBe(0);
    expect(contentFiles(dir)).toEqual(FRESH);
    const config = readFileSync(join(dir, 'content', 'journal.yml'), 'utf8');
    expect(config).toContain('title: "Ada\'s learning journal"');
    expect(config).toContain('url: "https://ada.github.io/journal/"');
    expect(config).toContain('timezone: "UTC"');
    expect(await expectChecksClean(dir)).toEqual([]);
    // It says what it wrote and what to do next.
    expect(result.out).toContain(join('content', 'journal.yml'));
    expect(result.out).toContain(join('content', 'weeks', '2026-W48.md'));
    expect(result.out).toContain('Next steps');
    expect(result.out).toContain('logbook new goal');
  });

  it('writes into an empty folder given with --content, with the title, url and time zone given', async () => {
    const dir = project();
    mkdirSync(join(dir, 'my journal'));
    const result = await run(dir, '--content', 'my journal', '--title', 'Notes of a learner', '--url', 'https://example.org/notes/', '--timezone', 'Pacific/Kiritimati', '--today', '2026-11-22');
    expect(result.code, result.err).toBe(0);
    expect(existsSync(join(dir, 'content'))).toBe(false);
    const config = readFileSync(join(dir, 'my journal', 'journal.yml'), 'utf8');
    expect(config).toContain('title: "Notes of a learner"');
    expect(config).toContain('url: "https://example.org/notes/"');
    expect(config).toContain('timezone: "Pacific/Kiritimati"');
    // --today wins over the clock; the week is the one that day falls in.
    expect(existsSync(join(dir, 'my journal', 'weeks', '2026-W47.md'))).toBe(true);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('my journal/private/\n');
    await expectChecksClean(dir, 'my journal');
  });

  it('leaves the url out, with a comment, when the remote is not on GitHub', async () => {
    const dir = project('https://gitlab.com/ada/journal.git');
    expect((await run(dir)).code).toBe(0);
    const config = readFileSync(join(dir, 'content', 'journal.yml'), 'utf8');
    expect(config).not.toMatch(/^url:/m);
    expect(config).toMatch(/^# url: /m);
    expect(config).toContain('title: "My learning journal"');
  });

  it('replaces the example journal when it is exactly as shipped, and only its files', async () => {
    const dir = withExample(project('https://github.com/ada/journal'));
    writeFileSync(join(dir, 'README.md'), 'mine\n');
    const result = await run(dir);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('Replaced the example journal');
    expect(contentFiles(dir)).toEqual(FRESH);
    expect(existsSync(join(dir, 'content', 'assets'))).toBe(false);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('mine\n');
    await expectChecksClean(dir);
  });

  it('counts an example checked out with Windows line ends as unchanged', async () => {
    const dir = withExample(project());
    const about = join(dir, 'content', 'about.md');
    writeFileSync(about, readFileSync(about, 'utf8').replace(/\n/g, '\r\n'));
    expect((await run(dir)).code).toBe(0);
    expect(contentFiles(dir)).toEqual(FRESH);
  });

  const refusals: [string, (content: string) => void, string][] = [
    [
      'one byte changed',
      (content) => {
        const path = join(content, 'goals', 'typescript-backend.md');
        const bytes = readFileSync(path);
        bytes[bytes.length - 2] ^= 1;
        writeFileSync(path, bytes);
      },
      'goals/typescript-backend.md',
    ],
    ['an extra file', (content) => writeFileSync(join(content, 'weeks', '2026-W48.md'), '## This week I intend to\n'), 'weeks/2026-W48.md'],
    [
      'a private/ folder',
      (content) => {
        mkdirSync(join(content, 'private'));
        writeFileSync(join(content, 'private', 'diary.md'), 'secret\n');
      },
      'private',
    ],
    ['an empty extra folder', (content) => mkdirSync(join(content, 'drafts')), 'drafts'],
    ['a missing file', (content) => execFileSync('rm', [join(content, 'weeks', '2026-W40.md')]), 'weeks/2026-W40.md'],
  ];

  it.each(refusals)('refuses the example with %s, every byte unchanged', async (_, change, named) => {
    const dir = withExample(project());
    writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
    change(join(dir, 'content'));
    const before = snapshot(dir);
    const result = await run(dir);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(result.err).toContain(`content/${named}`);
    expect(result.err).toContain('Move your files away');
    expect(result.err).toContain('--content');
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses a learner's own journal, and one it wrote itself", async () => {
    const dir = project();
    expect((await run(dir)).code).toBe(0);
    const before = snapshot(dir);
    const again = await run(dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain('content/goals/keep-a-learning-journal.md is not part of the example journal');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a file where the folder should be', async () => {
    const dir = project();
    writeFileSync(join(dir, 'content'), 'a file\n');
    const result = await run(dir);
    expect(result.code).toBe(2);
    expect(readFileSync(join(dir, 'content'), 'utf8')).toBe('a file\n');
  });

  it('refuses bad options before writing anything', async () => {
    const dir = project();
    for (const argv of [['--url', 'ada.github.io'], ['--timezone', 'Mars/Olympus'], ['--title', '  '], ['extra'], ['--today', '2026-02-30']]) {
      const result = await run(dir, ...argv);
      expect(result.code, argv.join(' ')).toBe(2);
    }
    expect(existsSync(join(dir, 'content'))).toBe(false);
    expect(existsSync(join(dir, '.gitignore'))).toBe(false);
  });
});

describe('the private folder in .gitignore', () => {
  it('is added once, keeping every existing line', async () => {
    const dir = project();
    const lines = 'node_modules\r\n# my own\n!keep.me\n_site/';
    writeFileSync(join(dir, '.gitignore'), lines);
    expect((await run(dir)).code).toBe(0);
    const after = readFileSync(join(dir, '.gitignore'), 'utf8');
    expect(after.startsWith(`${lines}\n`)).toBe(true);
    expect(after.split('\n').filter((line) => line === 'content/private/')).toHaveLength(1);
    // A second journal in the same project, and the same one again after its files moved away.
    execFileSync('mv', [join(dir, 'content'), join(dir, 'old')]);
    expect((await run(dir)).code).toBe(0);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe(after);
    // git itself ignores the folder.
    mkdirSync(join(dir, 'content', 'private'));
    writeFileSync(join(dir, 'content', 'private', 'x.md'), 'x\n');
    expect(execFileSync('git', ['check-ignore', 'content/private/x.md'], { cwd: dir, encoding: 'utf8' }).trim()).toBe('content/private/x.md');
  });

  it('is recognised when written with a leading slash, and computed from the git root', async () => {
    const dir = project();
    writeFileSync(join(dir, '.gitignore'), '/docs/journal/private/\n');
    mkdirSync(join(dir, 'docs'));
    const io = recordingIo(join(dir, 'docs'));
    expect(await main(['init', '--content', 'journal', '--today', '2026-11-24'], io)).toBe(0);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('/docs/journal/private/\n');
    expect(existsSync(join(dir, 'docs', '.gitignore'))).toBe(false);
  });

  it('escapes characters that mean something to git', async () => {
    const dir = project();
    expect((await run(dir, '--content', '#notes [2026]')).code).toBe(0);
    mkdirSync(join(dir, '#notes [2026]', 'private'));
    writeFileSync(join(dir, '#notes [2026]', 'private', 'x.md'), 'x\n');
    const ignored = execFileSync('git', ['check-ignore', '#notes [2026]/private/x.md'], { cwd: dir, encoding: 'utf8' });
    expect(ignored.trim()).toBe('#notes [2026]/private/x.md');
  });
});

