/** `frontmatter/unknown-key`: reported where it is found, in src/parse/fields.ts. */
import { defineRule } from './define-rule.js';

export const frontmatterUnknownKey = defineRule({
  id: 'frontmatter/unknown-key',
  severity: 'warning',
  protect: 'errors',
  summary: 'a key logbook does not know, with a suggestion (an error when close to `private` or `draft`)',
  help: [
    'The front matter holds a key logbook does not use; the message suggests the closest known key.',
    'A misspelt key is silently ignored, so it is worth a look; one that looks like `private` or `draft` (`privte:`) is an error, since the entry could be published by mistake.',
    'Fix: correct the spelling, or remove the key.',
  ].join(' '),
});
