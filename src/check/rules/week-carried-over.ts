/**
 * `week/carried-over`: an intention left unchecked one week and chosen again
 * the next is not picked by default; the later week says why (`Why again:`).
 */
import { report } from '../../findings/finding.js';
import { addWeeks } from '../../model/iso-week.js';
import type { Week } from '../../model/types.js';
import { intentionFinder } from '../../model/intention-text.js';
import { fileFor, type Rule } from '../context.js';
import { defineRule } from './define-rule.js';

const check: Rule = (context) => {
  const byId = new Map<string, Week>(context.journal.weeks.map((week) => [week.id, week]));
  for (const week of context.journal.weeks) {
    const next = byId.get(addWeeks(week.id, 1));
    if (!next) continue;
    const findLater = intentionFinder(next.intentions, week.intentions.length);
    for (const earlier of week.intentions) {
      if (earlier.done) continue;
      const later = findLater(earlier.text);
      if (!later || later.againReason) continue;
      report(fileFor(context, next), {
        rule: 'week/carried-over',
        place: later.place,
        message: `"${later.text}" was left unchecked in ${week.id} and is chosen again: the plan is not to repeat it by default. Add a nested \`- Why again: …\` item, or choose something else.`,
      });
    }
  }
};

export const weekCarriedOver = defineRule({
  id: 'week/carried-over',
  severity: 'warning',
  summary: 'an unchecked intention chosen again the next week without `Why again:`',
  help: [
    'An intention left unchecked one week appears again among the next week\'s intentions.',
    'Choosing it again by habit keeps a stuck plan alive; choosing it on purpose is fine.',
    'Fix: add a nested `- Why again: …` item to the later week\'s intention, or choose something else.',
  ].join(' '),
  check,
});
