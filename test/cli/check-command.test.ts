import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';
import { EXAMPLE_JOURNAL } from '../helpers/fixtures.js';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(repo, 'test', 'fixtures', 'check');

async function run(argv: string[], cwd = fixtures) {
  const io = recordingIo(cwd);
  const code = await main(argv, io);
  return { code, ...io };
}

describe('logbook check', () => {
  it('passes the example journal with no findings', async () => {
    const result = await run(['check', '--today', '2026-11-24'], EXAMPLE_JOURNAL);
    expect(result.code).toBe(0);
    expect(result.out).toContain('no findings');
  });

  it('prints the JSON shape of the SPEC, paths relative to the working directory', async () => {
    const result = await run(['check', '--content', 'goal-sections/content', '--format', 'json', '--today', '2026-11-24']);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.out);
    expect(findings).toContainEqual({
      file: 'goal-sections/content/goals/go.md',
      line: 9,
      column: 1,
      severity: 'error',
      rule: 'goal/empty-section',
      message: expect.stringContaining('Resources'),
    });
    for (const finding of findings) expect(Object.keys(finding).sort()).toEqual(['column', 'file', 'line', 'message', 'rule', 'severity']);
  });

  it('prints GitHub annotations', async () => {
    const result = await run(['check', '--content', 'goal-sections/content', '--format', 'github', '--today', '2026-11-24']);
    expect(result.out).toContain('::error file=goal-sections/content/goals/go.md,line=9,col=1,title=goal/empty-section::');
    expect(result.out).toContain('::warning file=goal-sections/content/goals/rust.md,line=1,col=1,title=goal/timebound::');
  });

  it('exits 0 on warnings only, 1 under --strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logbook-strict-'));
    mkdirSync(join(dir, 'goals'));
    writeFileSync(join(dir, 'journal.yml'), 'title: T\n');
    writeFileSync(join(dir, 'goals', 'go.md'), '---\ntitle: Go\n---\n## Where I am now\nA\n## Success\nB\n## Resources\n- C\n## Why\nD\n');
    expect((await run(['check', '--content', dir], dir)).code).toBe(0);
    expect((await run(['check', '--content', dir, '--strict'], dir)).code).toBe(1);
  });

  it('exits 2 with one line for a missing folder or bad usage', async () => {
    const missing = await run(['check', '--content', 'no/such/folder']);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).toContain('no/such/folder');
    expect((await run(['check', '--format', 'xml'])).code).toBe(2);
    expect((await run(['check', '--today', '2026-02-30'])).code).toBe(2);
    expect((await run(['check', '--bogus'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('never runs code from front matter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logbook-js-'));
    const marker = join(dir, 'pwned');
    writeFileSync(join(dir, 'journal.yml'), 'title: T\n');
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
    writeFileSync(join(dir, 'a.md'), `---js\n{ title: ${code} }\n---\nA\n`);
    writeFileSync(join(dir, 'b.md'), `--- JS\n{ title: ${code} }\n---\nB\n`);
    writeFileSync(join(dir, 'c.md'), `---javascript\n${code}\n---\nC\n`);
    const result = await run(['check', '--content', dir, '--format', 'json'], dir);
    expect(existsSync(marker)).toBe(false);
    const rules = JSON.parse(result.out).map((f: { file: string; rule: string }) => `${f.file} ${f.rule}`);
    expect(rules).toEqual(['a.md frontmatter/unsafe', 'b.md frontmatter/unsafe', 'c.md frontmatter/unsafe']);
  });

  it('runs as a command through bin/logbook.js', async () => {
    const result = await promisify(execFile)(process.execPath, [join(repo, 'bin', 'logbook.js'), 'check', '--format', 'json', '--today', '2026-11-24'], { cwd: EXAMPLE_JOURNAL });
    expect(JSON.parse(result.stdout)).toEqual([]);
  });
});
