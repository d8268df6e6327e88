/** `config/field`: reported where it is found, in src/parse/journal-config.ts. */
import { defineRule } from './define-rule.js';

export const configField = defineRule({
  id: 'config/field',
  severity: 'error',
  protect: 'rule',
  summary: 'a problem in journal.yml: no file or title, an unknown time zone, a malformed url or template, a bad `rules:` value',
  help: [
    'journal.yml is missing, has no `title`, or a setting holds a value logbook cannot use (a time zone it does not know, a url that is not a full http(s) address, a template without sections, a rule setting other than off, info, warning or error, or one that turns down a rule that cannot be turned down).',
    'The site is built from these settings, so a wrong one would give a wrong site.',
    'Fix: correct the setting at the line the finding names.',
  ].join(' '),
});
