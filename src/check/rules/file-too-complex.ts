/** `file/too-complex`: reported where it is found, in src/parse/ (parse-entry.ts, parse-journal.ts, safe-yaml.ts). */
import { defineRule } from './define-rule.js';

export const fileTooComplex = defineRule({
  id: 'file/too-complex',
  severity: 'error',
  protect: 'rule',
  summary: 'a file too large, too long or too deeply nested to parse safely (see the limits)',
  help: [
    'A file passes one of the limits that keep every check fast (size, lines, nesting, list items, table cells, Markdown markers, YAML depth).',
    'Past them a file could make the checker or the build run for minutes or run out of memory.',
    'Fix: split the file, or flatten what the message names. A real journal stays far below every limit.',
  ].join(' '),
});
