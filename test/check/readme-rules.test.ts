/** The README's rule table is generated from the rules' own declarations, so docs cannot drift. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { replaceRulesTable, rulesTable } from '../../src/report/rules-table.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe("README's rule table", () => {
  it('is exactly what the rules declare (run `npm run docs:rules` after changing a rule)', () => {
    const updated = replaceRulesTable(readme);
    expect(updated, 'README.md lost its rule table markers').toBeDefined();
    expect(readme).toBe(updated);
  });

  it('has one row a rule, with its severity and summary', () => {
    const rows = rulesTable().split('\n').slice(2);
    expect(rows).toHaveLength(RULES.length);
    expect(rows).toContain('| `goal/timebound` | warning | a goal without a `due` date |');
    expect(rows).toContain('| `frontmatter/unsafe` | error, locked | front matter that could run code or explode: `---js`, custom YAML tags, anchors and aliases, `__proto__` keys |');
  });

  it('notices a table that differs from the declarations', () => {
    const drifted = readme.replace('| `goal/timebound` | warning |', '| `goal/timebound` | error |');
    expect(drifted).not.toBe(readme);
    expect(replaceRulesTable(drifted)).not.toBe(drifted);
  });
});
