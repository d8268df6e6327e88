/** The text of a new weekly log, with last week's unchecked intentions to reflect on. */
import type { Intention, WeekId } from '../model/types.js';

export interface NewWeekOptions {
  id: WeekId;
  /** The previous week's id, and its unchecked intentions, when that week was logged. */
  previous?: { id: WeekId; unchecked: Intention[] };
}

/** Front matter, the intentions section and a reflection section. */
export function weekText({ id, previous }: NewWeekOptions): string {
  const reflect =
    previous && previous.unchecked.length > 0
      ? `<!-- Last week (${previous.id}) these were left unchecked. Before choosing again, ask why
     they did not happen and what that says about your goals. Repeat one only on purpose,
     with a nested "- Why again: …" item.
${previous.unchecked.map((intention) => `     - ${intention.text.replace(/--/g, '—')}`).join('\n')}
-->
`
      : '';
  return `---
week: ${id}
---

## This week I intend to
${reflect}- [ ] 

## Reflection
<!-- At the end of the week: what happened, what you learned, and for each unchecked
     intention a nested "- Why not: …" item. -->
`;
}
