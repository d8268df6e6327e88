/** `tags: rust, cli` is one YAML string: a finding at the value says how to write the list. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJournal } from '../../src/journal.js';
import { listFindings } from '../../src/report/findings-list.js';
import { FIXTURE_TODAY } from '../helpers/fixtures.js';

const GOAL_BODY = '## Where I am now\nA\n## Success\nB\n## Resources\n- C\n## Why\nD\n';

async function findingsFor(frontMatter: string) {
  const dir = mkdtempSync(join(tmpdir(), 'logbook-tags-'));
  mkdirSync(join(dir, 'goals'));
  writeFileSync(join(dir, 'journal.yml'), 'title: T\n');
  writeFileSync(join(dir, 'goals', 'rust.md'), `---\ntitle: Rust\ndue: 2027-01-01\n${frontMatter}\n---\n${GOAL_BODY}`);
  const loaded = await loadJournal({ contentDir: dir, cwd: dir, today: FIXTURE_TODAY });
  return { findings: listFindings(loaded.files), goal: loaded.journal.goals[0]! };
}

describe('tags written as text with commas', () => {
  it('are reported at the value, quoting the list to write', async () => {
    const { findings, goal } = await findingsFor('tags:   rust, cli ,  systems');
    expect(findings).toEqual([
      {
        file: 'goals/rust.md',
        line: 4,
        column: 9,
        severity: 'error',
        rule: 'frontmatter/field',
        message: expect.stringContaining('write `tags: [rust, cli, systems]`'),
      },
    ]);
    // Read as the list they were meant to be (the error still stops a build).
    expect(goal.tags).toEqual(['rust', 'cli', 'systems']);
  });

  it('leave a single tag and a real list alone', async () => {
    expect((await findingsFor('tags: rust')).findings).toEqual([]);
    expect((await findingsFor('tags: [rust, cli]')).findings).toEqual([]);
    expect((await findingsFor('tags:\n  - rust, the language')).findings).toEqual([]);
  });
});
