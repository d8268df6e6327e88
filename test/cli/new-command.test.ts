import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { slugify, uniqueSlug } from '../../src/util/slugify.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';
import { recordingIo } from '../helpers/io.js';

const repo = join(import.meta.dirname, '..', '..');

/** A copy of a journal (by default the frozen example) in a temp folder, so `new` can write into it. */
function journalCopy(source = EXAMPLE_CONTENT): string {
  const dir = mkdtempSync(join(tmpdir(), 'logbook-new-'));
  cpSync(source, join(dir, 'content'), { recursive: true });
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  const io = recordingIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('slugs', () => {
  it('are readable ASCII for any title', () => {
    expect(slugify('Become productive in Go')).toBe('become-productive-in-go');
    expect(slugify('Apprendre le français')).toBe('apprendre-le-francais');
    expect(slugify('学习 Rust')).toBe('xue-xi-rust');
    expect(slugify('Scale: 10× & beyond!')).toBe('scale-10x-and-beyond');
    expect(slugify('!!!')).toBe('');
  });

  it('are unique', () => {
    const taken = new Set(['go', 'go-2']);
    expect(uniqueSlug('go', (slug) => taken.has(slug))).toBe('go-3');
    expect(uniqueSlug('rust', (slug) => taken.has(slug))).toBe('rust');
  });
});

describe('logbook new goal', () => {
  it('writes every section of the configured template and prints the path', async () => {
    const dir = journalCopy(join(repo, 'test', 'fixtures', 'check', 'custom-template', 'content'));
    const result = await run(dir, 'new', 'goal', 'Apprendre le français', '--today', '2026-11-24');
    expect(result.code).toBe(0);
    expect(result.out.trim()).toBe(join('content', 'goals', 'apprendre-le-francais.md'));
    const text = readFileSync(join(dir, result.out.trim()), 'utf8');
    for (const heading of ['Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound']) {
      expect(text).toContain(`## ${heading}\n`);
    }
    expect(text).not.toContain('## Where I am now');
    const { journal } = await loadJournal({ cwd: dir, today: '2026-11-24' as IsoDate });
    const goal = journal.goals.find((candidate) => candidate.slug === 'apprendre-le-francais')!;
    expect(goal.title).toBe('Apprendre le français');
    expect(goal.started).toBe('2026-11-24');
  });

  it('refuses a goal whose slug exists, naming the file and leaving it as it was', async () => {
    const dir = journalCopy();
    const before = readFileSync(join(dir, 'content', 'goals', 'first-blog-post.md'), 'utf8');
    const result = await run(dir, 'new', 'goal', 'First Blog Post!');
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain(join('content', 'goals', 'first-blog-post.md'));
    expect(result.err).toContain('--slug');
    expect(readFileSync(join(dir, 'content', 'goals', 'first-blog-post.md'), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'content', 'goals')).sort()).toEqual(['first-blog-post.md', 'informational-interviews.md', 'typescript-backend.md']);
  });

  it('refuses a goal whose title exists, in any case, even under another slug', async () => {
    const dir = journalCopy();
    const { journal } = await loadJournal({ cwd: dir, today: '2026-11-24' as IsoDate });
    const existing = journal.goals.find((goal) => goal.slug === 'typescript-backend')!;
    const result = await run(dir, 'new', 'goal', existing.title.toUpperCase(), '--slug', 'another-name');
    expect(result.code).toBe(1);
    expect(result.err).toContain(join('content', 'goals', 'typescript-backend.md'));
    expect(existsSync(join(dir, 'content', 'goals', 'another-name.md'))).toBe(false);
  });

  it('finds a goal of that slug in a sub-folder of goals/', async () => {
    const dir = journalCopy();
    mkdirSync(join(dir, 'content', 'goals', '2025'));
    cpSync(join(dir, 'content', 'goals', 'first-blog-post.md'), join(dir, 'content', 'goals', '2025', 'learn-zig.md'));
    const result = await run(dir, 'new', 'goal', 'Learn Zig');
    expect(result.code).toBe(1);
    expect(result.err).toContain(join('content', 'goals', '2025', 'learn-zig.md'));
    expect(existsSync(join(dir, 'content', 'goals', 'learn-zig.md'))).toBe(false);
  });

  it('takes the slug from --slug, and accepts only a safe one', async () => {
    const dir = journalCopy();
    const written = await run(dir, 'new', 'goal', 'Learn Zig', '--slug', 'zig-2027');
    expect(written.code).toBe(0);
    expect(written.out.trim()).toBe(join('content', 'goals', 'zig-2027.md'));
    for (const bad of ['../escape', 'Zig', 'a/b', 'zig--lang', '-zig', 'zig.md', '', 'x'.repeat(61)]) {
      const result = await run(dir, 'new', 'goal', 'Learn Rust', '--slug', bad);
      expect(result.code, bad).toBe(2);
      expect(result.err).toContain('--slug');
    }
    expect(readdirSync(join(dir, 'content', 'goals'))).not.toContain('learn-rust.md');
    expect(existsSync(join(dir, 'escape.md'))).toBe(false);
  });

  it('asks for --slug when the title leaves no readable name', async () => {
    const result = await run(journalCopy(), 'new', 'goal', '!!!');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--slug');
  });
});

describe('logbook new week', () => {
  it("writes this week's log and lists last week's unchecked intentions without choosing them", async () => {
    const dir = journalCopy();
    const result = await run(dir, 'new', 'week', '--today', '2026-11-19'); // in 2026-W47? no: W47 exists
    expect(result.code).toBe(2);
    const next = await run(dir, 'new', 'week', '--today', '2026-11-24');
    expect(next.code).toBe(0);
    expect(next.out.trim()).toBe(join('content', 'weeks', '2026-W48.md'));
    const text = readFileSync(join(dir, 'content', 'weeks', '2026-W48.md'), 'utf8');
    expect(text).toContain('week: 2026-W48');
    expect(text).toContain('## This week I intend to');

    const withUnchecked = await run(dir, 'new', 'week', '2026-W45');
    expect(withUnchecked.code).toBe(2); // exists
    const fresh = journalCopy();
    await run(fresh, 'new', 'week', '2026-W48');
    const { journal } = await loadJournal({ cwd: fresh, today: '2026-11-24' as IsoDate });
    const w47 = journal.weeks.find((week) => week.id === '2026-W47')!;
    const w48text = readFileSync(join(fresh, 'content', 'weeks', '2026-W48.md'), 'utf8');
    for (const intention of w47.intentions.filter((i) => !i.done)) expect(w48text).toContain(intention.text);
    const w48 = journal.weeks.find((week) => week.id === '2026-W48')!;
    expect(w48.intentions.filter((intention) => intention.text.length > 0)).toEqual([]);
  });

  it('refuses to overwrite, with one line and the file untouched', async () => {
    const dir = journalCopy();
    const path = join(dir, 'content', 'weeks', '2026-W47.md');
    const before = readFileSync(path, 'utf8');
    const result = await run(dir, 'new', 'week', '2026-W47');
    expect(result.code).toBe(2);
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(path, 'utf8')).toBe(before);
    writeFileSync(join(dir, 'content', 'weeks', '2026-W49.md'), 'not a log\n');
    expect((await run(dir, 'new', 'week', '2026-W49')).code).toBe(2);
    expect(readFileSync(join(dir, 'content', 'weeks', '2026-W49.md'), 'utf8')).toBe('not a log\n');
  });

  it("hints how to tie an intention to a goal, listing the goals' slugs but no private goal's, in a comment the site never shows", async () => {
    const dir = journalCopy();
    mkdirSync(join(dir, 'content', 'private', 'goals'), { recursive: true });
    cpSync(join(dir, 'content', 'goals', 'first-blog-post.md'), join(dir, 'content', 'private', 'goals', 'secret-plan.md'));
    writeFileSync(
      join(dir, 'content', 'goals', 'odd.md'),
      '---\ntitle: "Ends --> early\\nand breaks lines"\ndue: 2027-01-01\n---\n## Where I am now\nA\n## Success\nB\n## Resources\n- C\n## Why\nD\n',
    );
    const result = await run(dir, 'new', 'week', '2026-W48', '--today', '2026-11-24');
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'content', 'weeks', '2026-W48.md'), 'utf8');
    for (const slug of ['first-blog-post', 'informational-interviews', 'typescript-backend', 'odd']) expect(text).toContain(`#${slug} `);
    expect(text).not.toContain('secret-plan');
    const hint = text.slice(text.indexOf('<!--'), text.indexOf('-->') + 3);
    expect(hint).toContain('#slug');
    expect(hint).toContain('#typescript-backend');
    expect(hint).toContain('Ends —> early and breaks lines');

    // The week checks without errors, and the hint never reaches the site: it is an HTML comment.
    const check = await run(dir, 'check', '--format', 'json', '--today', '2026-11-24');
    const findings = JSON.parse(check.out) as { file: string; severity: string; rule: string }[];
    expect(findings.filter((finding) => finding.file.endsWith('2026-W48.md') && finding.severity === 'error')).toEqual([]);
    expect((await run(dir, 'build', '--today', '2026-11-24')).code).toBe(0);
    const page = readFileSync(join(dir, '_site', 'weeks', '2026-W48', 'index.html'), 'utf8');
    expect(page).toContain('2026-W48');
    expect(page).not.toContain('#slug');
    expect(page).not.toContain('Your goals');
  });

  it('rejects a week that does not exist', async () => {
    const result = await run(journalCopy(), 'new', 'week', '2025-W53');
    expect(result.code).toBe(2);
    expect(result.err).toContain('2025-W53');
  });
});
