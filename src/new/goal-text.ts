/** The text of a new goal file, from the journal's own template. */
import type { GoalTemplate, IsoDate } from '../model/types.js';
import { addDays } from '../model/calendar-date.js';

export interface NewGoalOptions {
  title: string;
  template: GoalTemplate;
  today: IsoDate;
  /** Text to start a section with, by the template section's id (default: only the prompt, as a comment). */
  content?: Partial<Record<string, string>>;
  /** Milestones to start with, each a task item's text (default: an example in a comment). */
  milestones?: string[];
}

/** Front matter plus one section per template section, each with its prompt. */
export function goalText({ title, template, today, content = {}, milestones }: NewGoalOptions): string {
  const sections = template.sections
    .map((section) => `## ${section.heading}\n<!-- ${section.prompt} -->\n${content[section.id] ? `${content[section.id]}\n` : ''}\n`)
    .join('');
  const milestoneList = milestones?.map((text) => `- [ ] ${text}\n`).join('') ?? '';
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
${milestoneList}`;
}

/** A YAML scalar that reads back as exactly this text. */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}
