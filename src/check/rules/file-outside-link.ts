/** `file/outside-link`: reported where it is found, in src/load/read-content.ts. */
import { defineRule } from './define-rule.js';

export const fileOutsideLink = defineRule({
  id: 'file/outside-link',
  severity: 'warning',
  summary: 'a symbolic link leading outside the content folder (not followed)',
  help: [
    'A symbolic link in the journal points outside the content folder.',
    'logbook never publishes a file from outside the journal, so the link is not followed and its target is left out of the site.',
    'Fix: copy the file into the journal, or remove the link.',
  ].join(' '),
});
