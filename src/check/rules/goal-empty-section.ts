/** `goal/empty-section`: a template section says something real, not `TODO`. */
import { contentAt } from '../../model/trees.js';
import { report } from '../../findings/finding.js';
import { hasRealContent } from '../../parse/sections.js';
import { fileFor, type Rule } from '../context.js';
import { defineRule } from './define-rule.js';

const check: Rule = (context) => {
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

export const goalEmptySection = defineRule({
  id: 'goal/empty-section',
  severity: 'error',
  summary: 'a required section has no real content',
  help: [
    'A section the template requires holds nothing, or only a placeholder such as `TODO`, `TBD` or `...`.',
    'A heading with nothing under it looks done but says nothing.',
    'Fix: write at least a sentence (or a list) under the heading.',
  ].join(' '),
  check,
});
