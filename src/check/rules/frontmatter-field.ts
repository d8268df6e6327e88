/** `frontmatter/field`: reported where it is found, in src/parse/fields.ts. */
import { defineRule } from './define-rule.js';

export const frontmatterField = defineRule({
  id: 'frontmatter/field',
  severity: 'error',
  protect: 'rule',
  summary: 'a field is missing or has the wrong type or value (e.g. `status: finished`, `due: 2026-02-30`, or `tags: rust, cli`)',
  help: [
    'A front matter field is missing (a goal\'s `title`) or holds a value logbook does not accept: an unknown status, a date that does not exist, `private: "yes"` instead of `true`.',
    'Dates are never rolled over and flags are never guessed, so a typo cannot publish a private entry or move a deadline.',
    'Fix: write the value as the message says (dates as YYYY-MM-DD, flags as true or false, tags as `[a, b]`).',
  ].join(' '),
});
