/** `week/no-goal`: each intention serves a goal. */
import { report } from '../../findings/finding.js';
import { fileFor, type Rule } from '../context.js';
import { defineRule } from './define-rule.js';

const check: Rule = (context) => {
  for (const week of context.journal.weeks) {
    for (const intention of week.intentions) {
      if (intention.refs.length > 0) continue;
      report(fileFor(context, week), {
        rule: 'week/no-goal',
        place: intention.place,
        message: `"${intention.text}" refers to no goal: add \`#slug\` of the goal it serves, or a link to the goal's file.`,
      });
    }
  }
};

export const weekNoGoal = defineRule({
  id: 'week/no-goal',
  severity: 'warning',
  summary: 'an intention that serves no goal',
  help: [
    'An intention names no goal, neither with `#slug` nor with a link to the goal\'s file.',
    'Intentions are how goals move forward week by week, and progress is counted per goal.',
    'Fix: add `#<goal-slug>` to the intention, or a Markdown link to the goal.',
  ].join(' '),
  check,
});
