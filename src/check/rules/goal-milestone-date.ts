/** `goal/milestone-date`: reported where it is found, in src/parse/goal.ts. */
import { defineRule } from './define-rule.js';

export const goalMilestoneDate = defineRule({
  id: 'goal/milestone-date',
  severity: 'error',
  protect: 'rule',
  summary: 'a milestone\'s due or done date does not exist',
  help: [
    'A milestone\'s `(due …)` or `done …` date is not a real date (2026-02-30) or ISO week (2025-W53).',
    'Dates are never rolled over, so the milestone would have no date and could never be overdue.',
    'Fix: write the date as YYYY-MM-DD or YYYY-Www.',
  ].join(' '),
});
