/** `week/no-goal`: each intention serves a goal. */
import { report } from '../../findings/finding.js';
import { fileFor, type Rule } from '../context.js';

export const weekNoGoal: Rule = (context) => {
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
