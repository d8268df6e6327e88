/** `file/private-link`: reported where it is found, in src/load/read-content.ts, parse/parse-journal.ts. */
import { defineRule } from './define-rule.js';

export const filePrivateLink = defineRule({
  id: 'file/private-link',
  severity: 'warning',
  summary: 'a symbolic link into private/, to a private or draft file, or to a hidden one (not followed)',
  help: [
    'A symbolic link outside private/ points into private/, to a private or draft entry, or to a file logbook skips (hidden, node_modules).',
    'Following it would publish what its target keeps off the site, so it is not followed and left out.',
    'Fix: move what you mean to publish out of private/, or remove the link.',
  ].join(' '),
});
