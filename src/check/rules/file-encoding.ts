/** `file/encoding`: reported where it is found, in src/load/read-content.ts. */
import { defineRule } from './define-rule.js';

export const fileEncoding = defineRule({
  id: 'file/encoding',
  severity: 'error',
  protect: 'rule',
  summary: 'a file that is not UTF-8 text',
  help: [
    'A Markdown file or journal.yml is not valid UTF-8 text (or is a binary file with a text name).',
    'Its text cannot be read safely, so it cannot be checked or published.',
    'Fix: save the file as UTF-8 in your editor; put binary files under assets/.',
  ].join(' '),
});
