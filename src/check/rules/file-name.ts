/** `file/name`: reported where it is found, in src/load/read-content.ts. */
import { defineRule } from './define-rule.js';

export const fileName = defineRule({
  id: 'file/name',
  severity: 'error',
  protect: 'rule',
  summary: 'a file name holding a backslash, which separates folders on Windows',
  help: [
    'A file or folder name holds a backslash.',
    'Windows reads it as a folder separator, so the journal cannot be checked out there, and no web address can hold it.',
    'Fix: rename the file.',
  ].join(' '),
});
