/** `week/invalid`: reported where it is found, in src/parse/week.ts. */
import { defineRule } from './define-rule.js';

export const weekInvalid = defineRule({
  id: 'week/invalid',
  severity: 'error',
  protect: 'rule',
  summary: 'the file name or `week:` is not a real ISO week, or they disagree',
  help: [
    'A weekly log is not named after a real ISO week (YYYY-Www.md, e.g. 2026-W05.md; 2025-W53 does not exist, 2026-W53 does), or its `week:` disagrees with its name.',
    'The week decides which intentions are past and how progress is counted, so it must be certain.',
    'Fix: rename the file as the message says, or correct or remove `week:`.',
  ].join(' '),
});
