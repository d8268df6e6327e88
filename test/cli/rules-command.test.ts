/** `logbook rules`: every rule's id, usual severity and summary, read from the rules' own declarations. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';

const repo = join(import.meta.dirname, '..', '..');

async function run(...argv: string[]) {
  const io = recordingIo(repo);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('logbook rules', () => {
  it('lists every rule once: id, severity (* when journal.yml cannot turn it down), summary', async () => {
    const { code, out, err } = await run('rules');
    expect(code).toBe(0);
    expect(err).toBe('');
    for (const rule of RULES) {
      const line = out.split('\n').find((candidate) => candidate.startsWith(`${rule.id} `));
      expect(line, rule.id).toMatch(new RegExp(`^${rule.id} +${rule.severity}${rule.protect === 'rule' ? '\\*' : ''} +\\S`));
      expect(line).toContain(rule.summary);
    }
    expect(out).toMatch(/^goal\/timebound +warning +a goal without a `due` date$/m);
    expect(out).toMatch(/^frontmatter\/unsafe +error\* /m);
  });

  it('prints one rule\'s help, and how (or that it cannot) be set in journal.yml', async () => {
    const timebound = await run('rules', 'goal/timebound');
    expect(timebound.code).toBe(0);
    expect(timebound.out).toMatch(/^goal\/timebound \(warning\)\n/);
    expect(timebound.out).toContain('Fix: add `due: YYYY-MM-DD`');
    expect(timebound.out).toContain('  rules: { goal/timebound: off }');

    const unsafe = await run('rules', 'frontmatter/unsafe');
    expect(unsafe.out).toContain('cannot turn this rule off');
    expect(unsafe.out).not.toContain('rules: {');
  });

  it('prints JSON with --format json', async () => {
    const all = JSON.parse((await run('rules', '--format', 'json')).out) as { id: string }[];
    expect(all.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(JSON.parse((await run('rules', 'week/why-not', '--format', 'json')).out)).toEqual({
      id: 'week/why-not',
      severity: 'warning',
      summary: expect.any(String),
      help: expect.stringContaining('Why not:'),
      protect: null,
    });
  });

  it('refuses an unknown rule with a did-you-mean, and bad usage, with exit 2', async () => {
    const unknown = await run('rules', 'goal/timbound');
    expect(unknown.code).toBe(2);
    expect(unknown.out).toBe('');
    expect(unknown.err).toContain('did you mean "goal/timebound"?');
    expect((await run('rules', '--format', 'xml')).code).toBe(2);
    expect((await run('rules', 'a', 'b')).code).toBe(2);
  });

  it('has its own --help, and is in the overview', async () => {
    const help = await run('rules', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: logbook rules\b/);
    expect((await run('help', 'rules')).out).toBe(help.out);
    expect((await run('--help')).out).toMatch(/^ {2}rules +\S/m);
  });
});

describe('the rule registry', () => {
  it('lists every rule file, one rule a file, each id once, each with a summary and help', async () => {
    const dir = join(repo, 'src', 'check', 'rules');
    const files = readdirSync(dir).filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'define-rule.ts');
    expect(files.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual(RULES.map((rule) => rule.id.replace('/', '-')).sort());
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.summary.length, rule.id).toBeGreaterThan(10);
      expect(rule.help, rule.id).toContain('Fix:');
    }
  });
});
