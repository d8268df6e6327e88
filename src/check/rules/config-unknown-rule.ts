/** `config/unknown-rule`: reported where it is found, in src/parse/journal-config.ts (rule-settings.ts). */
import { defineRule } from './define-rule.js';

export const configUnknownRule = defineRule({
  id: 'config/unknown-rule',
  severity: 'warning',
  summary: '`rules:` in journal.yml names a rule that does not exist, with a suggestion',
  help: [
    'A key under `rules:` in journal.yml is not the id of a rule; the message suggests the closest id.',
    'The setting does nothing, so the rule you meant keeps its usual severity.',
    'Fix: correct the id (`logbook rules` lists them all), or remove the line.',
  ].join(' '),
});
