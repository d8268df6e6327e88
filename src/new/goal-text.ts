/** The text of a new goal file, from the journal's own template. */
import type { GoalTemplate, IsoDate } from '../model/types.js';
import { addDays } from '../model/calendar-date.js';

export interface NewGoalOptions {
  title: string;
  template: GoalTemplate;
  today: IsoDate;
}

/** Front matter plus one section per template section, each with its prompt. */
export function goalText({ title, template, today }: NewGoalOptions): string {
  const sections = template.sections.map((section) => `## ${section.heading}\n<!-- ${section.prompt} -->\n\n`).join('');
  return `---
title: ${yamlString(title)}
status: active
started: ${today}
due: ${addDays(today, 364)}
tags: []
---

${sections}## Milestones
<!-- Checkable steps with a due date (YYYY-MM-DD or an ISO week such as 2026-W30), e.g.:
- [ ] First small step (due ${addDays(today, 28)})
-->
`;
}

/** A YAML scalar that reads back as exactly this text. */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}
