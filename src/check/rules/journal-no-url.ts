/** `journal/no-url`: reported where it is found, in src/cli/build-command.ts. */
import { defineRule } from './define-rule.js';

export const journalNoUrl = defineRule({
  id: 'journal/no-url',
  severity: 'warning',
  summary: '`build` only: neither `url` in journal.yml nor `--url` gives the site\'s address',
  help: [
    'The site\'s published address is unknown.',
    'Without it there is no feed or sitemap, and calendar events have no link. `check` does not report it: it cannot know the `--url` build will get.',
    'Fix: add `url: https://…` to journal.yml, or pass `build --url`.',
  ].join(' '),
});
