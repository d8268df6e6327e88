/** The text of a new weekly log, with last week's unchecked intentions to reflect on. */
import type { Intention, WeekId } from '../model/types.js';

export interface NewWeekOptions {
  id: WeekId;
  /** The previous week's id, and its unchecked intentions, when that week was logged. */
  previous?: { id: WeekId; unchecked: Intention[] };
  /** The goals an intention can refer to, listed in a comment as `#slug` (private goals left out by the caller). */
  goals?: { slug: string; title: string }[];
  /** Intentions to start with (default: one empty task item to fill in). */
  intentions?: string[];
}

/** Goals listed in the hint, at most. */
const MAX_LISTED_GOALS = 20;

/** Front matter, the intentions section and a reflection section. */
export function weekText({ id, previous, goals = [], intentions = [''] }: NewWeekOptions): string {
  const reflect =
    previous && previous.unchecked.length > 0
      ? `<!-- Last week (${previous.id}) these were left unchecked. Before choosing again, ask why
     they did not happen and what that says about your goals. Repeat one only on purpose,
     with a nested "- Why again: …" item.
${previous.unchecked.map((intention) => `     - ${commentSafe(intention.text)}`).join('\n')}
-->
`
      : '';
  return `---
week: ${id}
---

## This week I intend to
${goalHint(goals)}${reflect}${intentions.map((text) => `- [ ] ${text}\n`).join('')}
## Reflection
<!-- At the end of the week: what happened, what you learned, and for each unchecked
     intention a nested "- Why not: …" item. -->
`;
}

/** A comment (never shown on the site) on how to tie an intention to a goal, with the goals' slugs. */
function goalHint(goals: { slug: string; title: string }[]): string {
  const example = goals[0]?.slug ?? 'goal-slug';
  const listed = goals.slice(0, MAX_LISTED_GOALS).map((goal) => `     #${goal.slug}  ${commentSafe(goal.title)}`);
  if (goals.length > MAX_LISTED_GOALS) listed.push(`     … and ${goals.length - MAX_LISTED_GOALS} more in goals/`);
  const list = listed.length > 0 ? `\n     Your goals:\n${listed.join('\n')}` : '\n     (No goals yet: write one with logbook new goal "Title".)';
  return `<!-- One to three intentions. End each with the goal it serves, written #slug
     (the goal's file name), e.g. "- [ ] Read chapter 2 #${example}".${list}
-->
`;
}

/** Text that cannot end an HTML comment early or break its lines. */
function commentSafe(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/--/g, '—');
}
