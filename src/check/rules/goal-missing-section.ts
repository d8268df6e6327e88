/** `goal/missing-section`: every section the goal template requires is there. */
import { treeOf } from '../../model/trees.js';
import { report } from '../../findings/finding.js';
import { placeOf } from '../../parse/sections.js';
import { fileFor, type Rule } from '../context.js';

export const goalMissingSection: Rule = (context) => {
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
