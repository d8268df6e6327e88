/** `week/intentions-count`: a week plans one to three intentions. */
import { report } from '../../findings/finding.js';
import { INTENTION_HEADINGS } from '../../model/default-template.js';
import { fileFor, type Rule } from '../context.js';
import { defineRule } from './define-rule.js';

export const MAX_INTENTIONS = 3;

const check: Rule = (context) => {
  for (const week of context.journal.weeks) {
    const count = week.intentions.length;
    if (count >= 1 && count <= MAX_INTENTIONS) continue;
    const message = !week.intentionsPlace
      ? `This week has no "${INTENTION_HEADINGS[0]}" section: add \`## ${INTENTION_HEADINGS[0]}\` with one to three task items (\`- [ ] …\`).`
      : count === 0
        ? 'No intentions here: list one to three task items (`- [ ] …`) under this heading.'
        : `${count} intentions is more than the plan's ${MAX_INTENTIONS}: choose the ones that matter most this week.`;
    report(fileFor(context, week), {
      rule: 'week/intentions-count',
      place: count > MAX_INTENTIONS ? week.intentions[MAX_INTENTIONS]!.place : week.intentionsPlace ?? { line: 1, column: 1 },
      message,
    });
  }
};

export const weekIntentionsCount = defineRule({
  id: 'week/intentions-count',
  severity: 'warning',
  summary: 'no intentions, or more than three',
  help: [
    'A weekly log plans one to three intentions: the task items under "This week I intend to" (or "Intentions").',
    'None leaves the week without a plan; more than three spreads it too thin to follow through.',
    'Fix: list one to three `- [ ]` items under that heading.',
  ].join(' '),
  check,
});
