/** `rules:` in journal.yml turns rules off or changes their severity, everywhere findings are reported. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { main } from '../../src/cli/main.js';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { listFindings } from '../../src/report/findings-list.js';
import { recordingIo } from '../helpers/io.js';

const TODAY = '2026-11-24' as IsoDate;
const GOAL = '## Where I am now\nA\n## Success\nB\n## Resources\n- C\n## Why\nD\n';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A journal with one goal without `due` (goal/timebound) and one week with no intentions (week/intentions-count). */
function journal(config: string, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'logbook-rules-'));
  dirs.push(dir);
  const files: Record<string, string> = {
    'journal.yml': `title: T\nurl: https://example.org/\n${config}`,
    'goals/go.md': `---\ntitle: Go\n---\n${GOAL}`,
    'weeks/2026-W47.md': '## Reflection\nQuiet week.\n',
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function findings(dir: string) {
  const loaded = await loadJournal({ contentDir: dir, cwd: dir, today: TODAY });
  return listFindings(loaded.files).map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }));
}

async function run(argv: string[], cwd: string) {
  const io = recordingIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('rules: in journal.yml', () => {
  it('reports every rule at its usual severity without settings', async () => {
    const rules = (await findings(journal(''))).map((finding) => `${finding.rule} ${finding.severity}`);
    expect(rules).toEqual(['goal/timebound warning', 'week/intentions-count warning']);
  });

  it('off removes the rule\'s findings, and nothing else', async () => {
    const found = await findings(journal('rules:\n  week/intentions-count: off\n'));
    expect(found.map((finding) => finding.rule)).toEqual(['goal/timebound']);
  });

  it('error turns a warning into an error, and check exits 1 (0 without the setting)', async () => {
    const plain = journal('');
    expect((await run(['check', '--content', '.', '--today', TODAY], plain)).code).toBe(0);

    const dir = journal('rules: { goal/timebound: error, week/intentions-count: info }\n');
    const found = await findings(dir);
    expect(found.map((finding) => `${finding.rule} ${finding.severity}`)).toEqual(['goal/timebound error', 'week/intentions-count info']);
    const result = await run(['check', '--content', '.', '--format', 'json', '--today', TODAY], dir);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toContainEqual(expect.objectContaining({ rule: 'goal/timebound', severity: 'error' }));
  });

  it('build stops on a warning made an error, and obeys off for journal/no-url', async () => {
    const dir = journal('rules: { goal/timebound: error }\n');
    const output = join(dir, '..', `${dir.split('/').pop()}-site`);
    dirs.push(output);
    const stopped = await run(['build', '--content', '.', '--output', output, '--today', TODAY, '--no-cache'], dir);
    expect(stopped.code).toBe(1);
    expect(stopped.out).toMatch(/error .*goal\/timebound/);

    const noUrl = journal('rules: { journal/no-url: off, goal/timebound: off, week/intentions-count: off }\n');
    writeFileSync(join(noUrl, 'journal.yml'), 'title: T\nrules: { journal/no-url: off, goal/timebound: off, week/intentions-count: off }\n');
    const site = mkdtempSync(join(tmpdir(), 'logbook-rules-site-'));
    dirs.push(site);
    const built = await run(['build', '--content', noUrl, '--output', join(site, '_site'), '--today', TODAY, '--no-cache'], site);
    expect(built.err).toBe('');
    expect(built.code).toBe(0);
    expect(built.out).not.toContain('journal/no-url');
  });

  it('an unknown rule id is a finding at its key, with a did-you-mean', async () => {
    const found = await findings(journal('rules:\n  goal/timebond: off\n'));
    expect(found).toContainEqual({
      file: 'journal.yml',
      line: 4,
      column: 3,
      severity: 'warning',
      rule: 'config/unknown-rule',
      message: expect.stringContaining('Did you mean `goal/timebound`?'),
    });
    // The misspelt line does nothing.
    expect(found.map((finding) => finding.rule)).toContain('goal/timebound');
  });

  it('a bad value, or rules: that is not a map, is config/field at the value', async () => {
    const bad = await findings(journal('rules:\n  goal/timebound: silent\n'));
    expect(bad).toContainEqual(expect.objectContaining({ rule: 'config/field', line: 4, column: 19, severity: 'error', message: expect.stringContaining('off, info, warning or error') }));
    expect(bad.map((finding) => finding.rule)).toContain('goal/timebound');

    const notMap = await findings(journal('rules: [goal/timebound]\n'));
    expect(notMap).toContainEqual(expect.objectContaining({ rule: 'config/field', line: 3, column: 8 }));
  });

  it('protected rules cannot be turned off or lowered: a config/field error, and their findings stay errors', async () => {
    const dir = journal('rules:\n  frontmatter/unsafe: off\n  file/too-complex: warning\n  text/control-character: info\n', {
      'goals/js.md': '---js\n{ title: "x" }\n---\n',
      'about.md': '# About\n\u001b[31m red\n',
    });
    const found = await findings(dir);
    const config = found.filter((finding) => finding.file === 'journal.yml');
    expect(config.map((finding) => `${finding.line} ${finding.rule} ${finding.severity}`)).toEqual([
      '4 config/field error',
      '5 config/field error',
      '6 config/field error',
    ]);
    expect(config[0]!.message).toContain('cannot be turned off');
    expect(found).toContainEqual(expect.objectContaining({ file: 'goals/js.md', rule: 'frontmatter/unsafe', severity: 'error' }));
    expect(found).toContainEqual(expect.objectContaining({ file: 'about.md', rule: 'text/control-character', severity: 'error' }));
    // Setting a protected rule to error is allowed (it is one already).
    expect((await findings(journal('rules: { site/duplicate-url: error }\n'))).map((finding) => finding.rule)).not.toContain('config/field');
  });

  it('every rule marked protect: rule refuses off; unknown-key near `private` stays an error when the rule is off', async () => {
    for (const rule of RULES.filter((candidate) => candidate.protect === 'rule')) {
      const found = await findings(journal(`rules: { ${rule.id}: off }\n`));
      expect(found, rule.id).toContainEqual(expect.objectContaining({ rule: 'config/field', message: expect.stringContaining(`\`${rule.id}\` cannot be turned off`) }));
    }
    const dir = journal('rules: { frontmatter/unknown-key: off }\n', { 'about.md': '---\ntitle: About\nprivte: true\ncolour: blue\n---\n# About\n' });
    const unknown = (await findings(dir)).filter((finding) => finding.rule === 'frontmatter/unknown-key');
    expect(unknown.map((finding) => `${finding.line} ${finding.severity}`)).toEqual(['3 error']);
  });
});
