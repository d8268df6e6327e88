/** `week/why-not`: once a week is over, every unchecked intention says why. */
import { report } from '../../findings/finding.js';
import { isWeekOver } from '../../model/iso-week.js';
import { hasRealContent } from '../../parse/sections.js';
import { fileFor, type Rule } from '../context.js';

export const weekWhyNot: Rule = (context) => {
  for (const week of context.journal.weeks) {
    if (!isWeekOver(week.id, context.today)) continue;
    const unexplained = week.intentions.filter((intention) => !intention.done && !intention.reason);
    // Read last: a cached week's Markdown is decoded only when it is read.
    if (unexplained.length === 0 || (week.whyNot && hasRealContent(week.whyNot))) continue;
    for (const intention of unexplained) {
      report(fileFor(context, week), {
        rule: 'week/why-not',
        place: intention.place,
        message: `"${intention.text}" was not followed through and says nothing about why: add a nested item \`- Why not: …\` (what got in the way, and what it says about the goal).`,
      });
    }
  }
};
