/**
 * Every rule logbook reports, each declared in its own file (see
 * define-rule.ts). Rules with a `check` run in this order over the parsed
 * journal; the others are reported where load, parse or build find them.
 * To add a rule: write its file, add it here (the README's table follows
 * from `npm run docs:rules`).
 */
import type { Severity } from '../../findings/finding.js';
import type { RuleDefinition } from './define-rule.js';
import { configField } from './config-field.js';
import { configUnknownKey } from './config-unknown-key.js';
import { configUnknownRule } from './config-unknown-rule.js';
import { fileEncoding } from './file-encoding.js';
import { fileName } from './file-name.js';
import { fileOutsideLink } from './file-outside-link.js';
import { filePrivateLink } from './file-private-link.js';
import { fileTooComplex } from './file-too-complex.js';
import { fileUnreadable } from './file-unreadable.js';
import { fileUnsafeName } from './file-unsafe-name.js';
import { frontmatterField } from './frontmatter-field.js';
import { frontmatterSyntax } from './frontmatter-syntax.js';
import { frontmatterUnknownKey } from './frontmatter-unknown-key.js';
import { frontmatterUnsafe } from './frontmatter-unsafe.js';
import { goalEmptySection } from './goal-empty-section.js';
import { goalMilestoneDate } from './goal-milestone-date.js';
import { goalMissingSection } from './goal-missing-section.js';
import { goalTimebound } from './goal-timebound.js';
import { journalNoUrl } from './journal-no-url.js';
import { linkBroken } from './link-broken.js';
import { refUnknownGoal } from './ref-unknown-goal.js';
import { siteDuplicateUrl } from './site-duplicate-url.js';
import { textControlCharacter } from './text-control-character.js';
import { weekCarriedOver } from './week-carried-over.js';
import { weekIntentionsCount } from './week-intentions-count.js';
import { weekInvalid } from './week-invalid.js';
import { weekNoGoal } from './week-no-goal.js';
import { weekWhyNot } from './week-why-not.js';

/** Every rule, in the order `logbook rules` and the README list them (and checks run). */
export const RULES = [
  // Reading the journal's files (load/).
  fileUnreadable,
  fileEncoding,
  fileTooComplex,
  fileOutsideLink,
  filePrivateLink,
  fileName,
  fileUnsafeName,
  textControlCharacter,
  // Front matter and journal.yml (parse/).
  frontmatterSyntax,
  frontmatterField,
  frontmatterUnsafe,
  frontmatterUnknownKey,
  configField,
  configUnknownKey,
  configUnknownRule,
  // Goals and weeks (parse/, then check).
  goalMissingSection,
  goalEmptySection,
  goalTimebound,
  goalMilestoneDate,
  weekInvalid,
  weekIntentionsCount,
  weekNoGoal,
  weekWhyNot,
  weekCarriedOver,
  refUnknownGoal,
  // The site as a whole (check, build).
  siteDuplicateUrl,
  linkBroken,
  journalNoUrl,
] as const;

/** Every rule id logbook reports (`goal/missing-section`). */
export type RuleId = (typeof RULES)[number]['id'];

const BY_ID: ReadonlyMap<string, RuleDefinition<RuleId>> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id, if there is one. */
export function findRule(id: string): RuleDefinition<RuleId> | undefined {
  return BY_ID.get(id);
}

/** A rule's usual severity. */
export function defaultSeverity(id: RuleId): Severity {
  return BY_ID.get(id)!.severity;
}
