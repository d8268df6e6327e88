/** `file/unsafe-name`: reported where it is found, in src/load/read-content.ts. */
import { defineRule } from './define-rule.js';

export const fileUnsafeName = defineRule({
  id: 'file/unsafe-name',
  severity: 'warning',
  summary: 'a name no link can reach: `?`, `#`, `%`, a control character, a trailing dot or space (the file is left out)',
  help: [
    'A file or folder name holds a character that cannot be part of a working web address.',
    'No link could reach the page or file, so it is left out of the site.',
    'Fix: rename it with letters, digits, dashes and dots.',
  ].join(' '),
});
