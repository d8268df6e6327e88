/** `file/unreadable`: reported where it is found, in src/load/read-content.ts. */
import { defineRule } from './define-rule.js';

export const fileUnreadable = defineRule({
  id: 'file/unreadable',
  severity: 'error',
  protect: 'rule',
  summary: 'a file that cannot be read',
  help: [
    'logbook could not read the file (usually its permissions).',
    'A journal file logbook cannot read cannot be checked, so nothing is published until it can.',
    'Fix: make the file readable (`chmod u+r`), or remove it.',
  ].join(' '),
});
