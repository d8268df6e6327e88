/** `text/control-character`: reported where it is found, in src/load/read-content.ts. */
import { defineRule } from './define-rule.js';

export const textControlCharacter = defineRule({
  id: 'text/control-character',
  severity: 'error',
  protect: 'rule',
  summary: 'an invisible control character (ESC, vertical tab, U+0080–U+009F, U+FFFE/U+FFFF…) in a Markdown file or journal.yml',
  help: [
    'The text holds a control character no text should hold; the message names it (`U+001B ESCAPE`). Tab and line ends are fine.',
    'It is invisible in an editor, breaks the feed and the sitemap (XML forbids it), and can hide text from a reader.',
    'Fix: delete it (search for the code the message names).',
  ].join(' '),
});
