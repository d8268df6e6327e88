// Rewrites the rule table in README.md (between its two markers) from the rules' own
// declarations, read from the compiled registry: run it with `npm run docs:rules`.
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceRulesTable } from '../dist/report/rules-table.js';

const readme = new URL('../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const updated = replaceRulesTable(text);
if (updated === undefined) {
  console.error('README.md has no rule table markers (<!-- rules-table:start … --> and <!-- rules-table:end -->).');
  process.exit(1);
}
if (updated === text) console.log('README.md: the rule table is up to date.');
else {
  writeFileSync(readme, updated);
  console.log('README.md: rule table rewritten.');
}
