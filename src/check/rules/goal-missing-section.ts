/** `goal/missing-section`: every section the goal template requires is there. */
import { treeOf } from '../../model/trees.js';
import { report } from '../../findings/finding.js';
import { placeOf } from '../../parse/sections.js';
import { fileFor, type Rule } from '../context.js';
import { defineRule } from './define-rule.js';

const check: Rule = (context) => {
  const { template } = context.journal.config;
  for (const goal of context.journal.goals) {
    const firstBodyNode = treeOf(goal).children.find((node) => node.type !== 'yaml');
    for (const section of template.sections) {
      if (goal.sections.some((found) => found.id === section.id)) continue;
      const others = section.accepted.filter((heading) => heading !== section.heading);
      report(fileFor(context, goal), {
        rule: 'goal/missing-section',
        place: firstBodyNode ? placeOf(firstBodyNode) : { line: 1, column: 1 },
        message: `Missing section "${section.heading}": add a \`## ${section.heading}\` heading${others.length > 0 ? ` (or ${others.map((heading) => `"${heading}"`).join(', ')})` : ''}. ${section.prompt}`,
      });
    }
  }
};

export const goalMissingSection = defineRule({
  id: 'goal/missing-section',
  severity: 'error',
  summary: 'a section the goal template requires is absent',
  help: [
    'Every goal has the sections of the goal template (the default one, or `template:` in journal.yml), found by their headings, in any case.',
    'They make a goal one you can judge: where you are, what success looks like, what will help, why it matters.',
    'Fix: add the missing `## …` heading with a few lines under it; `logbook new goal` writes every section for you.',
  ].join(' '),
  check,
});
