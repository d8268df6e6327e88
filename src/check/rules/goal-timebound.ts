/** `goal/timebound`: a goal has a due date, so it can be judged. */
import { report } from '../../findings/finding.js';
import { fileFor, type Rule } from '../context.js';
import { defineRule } from './define-rule.js';

const check: Rule = (context) => {
  for (const goal of context.journal.goals) {
    if (goal.due || goal.status === 'dropped') continue;
    const file = fileFor(context, goal);
    // Unreadable front matter is reported already; its `due` may be there.
    if (file.messages.some((message) => ['frontmatter/syntax', 'frontmatter/unsafe', 'file/too-complex'].includes(String(message.ruleId)))) continue;
    report(file, {
      rule: 'goal/timebound',
      place: { line: 1, column: 1 },
      message: 'This goal has no `due` date: add `due: YYYY-MM-DD` to its front matter, so you and your mentor know when to judge it.',
    });
  }
};

export const goalTimebound = defineRule({
  id: 'goal/timebound',
  severity: 'warning',
  summary: 'a goal without a `due` date',
  help: [
    'A goal that is not dropped has no `due:` in its front matter.',
    'Without a date, nobody can say whether the goal was met.',
    'Fix: add `due: YYYY-MM-DD` to the front matter (or set `status: dropped`).',
  ].join(' '),
  check,
});
