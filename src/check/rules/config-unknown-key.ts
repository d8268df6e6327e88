/** `config/unknown-key`: reported where it is found, in src/parse/journal-config.ts. */
import { defineRule } from './define-rule.js';

export const configUnknownKey = defineRule({
  id: 'config/unknown-key',
  severity: 'warning',
  summary: 'a setting in journal.yml that logbook does not know, with a suggestion',
  help: [
    'journal.yml holds a key logbook does not use; the message suggests the closest known one.',
    'A misspelt setting is silently ignored.',
    'Fix: correct the spelling, or remove the key.',
  ].join(' '),
});
