/** `goal/empty-section`: a template section says something real, not `TODO`. */
import { contentAt } from '../../model/trees.js';
import { report } from '../../findings/finding.js';
import { hasRealContent } from '../../parse/sections.js';
import { fileFor, type Rule } from '../context.js';

export const goalEmptySection: Rule = (context) => {
  const { template } = context.journal.config;
  for (const goal of context.journal.goals) {
    for (const section of goal.sections) {
      if (hasRealContent(contentAt(goal, section.place))) continue;
      const prompt = template.sections.find((candidate) => candidate.id === section.id)?.prompt ?? '';
      report(fileFor(context, goal), {
        rule: 'goal/empty-section',
        place: section.place,
        message: `The section "${section.heading}" is empty or only a placeholder. ${prompt}`,
      });
    }
  }
};
