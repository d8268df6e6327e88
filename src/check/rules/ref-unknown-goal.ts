/** `ref/unknown-goal`: every `#slug` or goal link names a goal that exists. */
import { report } from '../../findings/finding.js';
import { closest } from '../../util/suggest.js';
import { fileFor, type Rule } from '../context.js';
import { defineRule } from './define-rule.js';

const check: Rule = (context) => {
  const slugs = new Set(context.journal.goals.map((goal) => goal.slug));
  for (const week of context.journal.weeks) {
    for (const intention of week.intentions) {
      for (const ref of intention.refs) {
        if (slugs.has(ref.slug)) continue;
        const suggestion = closest(ref.slug, slugs);
        report(fileFor(context, week), {
          rule: 'ref/unknown-goal',
          place: ref.place,
          message: suggestion
            ? `There is no goal \`${ref.slug}\`: did you mean \`${suggestion}\`?`
            : `There is no goal \`${ref.slug}\`: goals are the files in goals/ (${[...slugs].map((slug) => `\`${slug}\``).join(', ') || 'none yet'}).`,
        });
      }
    }
  }
};

export const refUnknownGoal = defineRule({
  id: 'ref/unknown-goal',
  severity: 'error',
  summary: '`#slug` or a link naming a goal that does not exist ("did you mean …?")',
  help: [
    'A `#slug` or a link to a goal file names no goal in goals/.',
    'The intention would count for nothing, and the site would link to a page that is not there.',
    'Fix: correct the slug (the message suggests the closest one), or write the goal with `logbook new goal`.',
  ].join(' '),
  check,
});
