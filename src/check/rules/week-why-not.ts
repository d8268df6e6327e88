/** `week/why-not`: once a week is over, every unchecked intention says why. */
import { contentAt } from '../../model/trees.js';
import { report } from '../../findings/finding.js';
import { isWeekOver } from '../../model/iso-week.js';
import { hasRealContent } from '../../parse/sections.js';
import { fileFor, type Rule } from '../context.js';
import { defineRule } from './define-rule.js';

const check: Rule = (context) => {
  for (const week of context.journal.weeks) {
    if (!isWeekOver(week.id, context.today)) continue;
    const unexplained = week.intentions.filter((intention) => !intention.done && !intention.reason);
    if (unexplained.length === 0 || hasRealContent(contentAt(week, week.whyNotPlace))) continue;
    for (const intention of unexplained) {
      report(fileFor(context, week), {
        rule: 'week/why-not',
        place: intention.place,
        message: `"${intention.text}" was not followed through and says nothing about why: add a nested item \`- Why not: …\` (what got in the way, and what it says about the goal).`,
      });
    }
  }
};

export const weekWhyNot = defineRule({
  id: 'week/why-not',
  severity: 'warning',
  summary: 'a finished week\'s unchecked intention without a reason',
  help: [
    'Once a week is over (its Sunday is past, in the journal\'s time zone), an unchecked intention has no reason given.',
    'Saying why is where the learning is: what got in the way, and what to change.',
    'Fix: add a nested `- Why not: …` item under the intention, or a `## Why I didn\'t follow through` section for the week.',
  ].join(' '),
  check,
});
