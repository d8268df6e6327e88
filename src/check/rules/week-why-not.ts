/** `week/why-not`: once a week is over, every unchecked intention says why. */
import { contentAt } from '../../model/trees.js';
import { report } from '../../findings/finding.js';
import { isWeekOver } from '../../model/iso-week.js';
import { hasRealContent } from '../../parse/sections.js';
import { fileFor, type Rule } from '../context.js';

export const weekWhyNot: Rule = (context) => {
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
