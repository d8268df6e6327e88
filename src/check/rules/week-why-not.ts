/** `week/why-not`: once a week is over, every unchecked intention says why. */
import { report } from '../../findings/finding.js';
import { isWeekOver } from '../../model/iso-week.js';
import { hasRealContent } from '../../parse/sections.js';
import { fileFor, type Rule } from '../context.js';

export const weekWhyNot: Rule = (context) => {
  for (const week of context.journal.weeks) {
    if (!isWeekOver(week.id, context.today)) continue;
    if (week.whyNot && hasRealContent(week.whyNot)) continue;
    for (const intention of week.intentions) {
      if (intention.done || intention.reason) continue;
      report(fileFor(context, week), {
        rule: 'week/why-not',
        place: intention.place,
        message: `"${intention.text}" was not followed through and says nothing about why: add a nested item \`- Why not: …\` (what got in the way, and what it says about the goal).`,
      });
    }
  }
};
