/** Run every check rule over the parsed journal. */
import type { CheckContext, Rule } from './context.js';
import { goalEmptySection } from './rules/goal-empty-section.js';
import { goalMissingSection } from './rules/goal-missing-section.js';
import { goalTimebound } from './rules/goal-timebound.js';
import { linkBroken } from './rules/link-broken.js';
import { refUnknownGoal } from './rules/ref-unknown-goal.js';
import { siteDuplicateUrl } from './rules/site-duplicate-url.js';
import { weekCarriedOver } from './rules/week-carried-over.js';
import { weekIntentionsCount } from './rules/week-intentions-count.js';
import { weekNoGoal } from './rules/week-no-goal.js';
import { weekWhyNot } from './rules/week-why-not.js';

export const rules: readonly Rule[] = [
  goalMissingSection,
  goalEmptySection,
  goalTimebound,
  weekIntentionsCount,
  weekNoGoal,
  weekWhyNot,
  weekCarriedOver,
  refUnknownGoal,
  siteDuplicateUrl,
  linkBroken,
];

/** Check the journal; findings are added to the files in the context. */
export function checkJournal(context: CheckContext): void {
  for (const rule of rules) rule(context);
}
