/**
 * Findings are vfile messages: positioned values collected on the file they
 * concern, never thrown. This module is the one way to add one.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Place } from '../model/types.js';

export type Severity = 'error' | 'warning' | 'info';

/** Every rule id logbook reports, with its usual severity. */
export const RULES = {
  'file/unreadable': 'error',
  'file/encoding': 'error',
  'file/too-complex': 'error',
  'file/outside-link': 'warning',
  'file/private-link': 'warning',
  'file/name': 'error',
  'file/unsafe-name': 'warning',
  'frontmatter/syntax': 'error',
  'frontmatter/field': 'error',
  'frontmatter/unsafe': 'error',
  'frontmatter/unknown-key': 'warning',
  'config/field': 'error',
  'config/unknown-key': 'warning',
  'journal/no-url': 'warning',
  'goal/missing-section': 'error',
  'goal/empty-section': 'error',
  'goal/timebound': 'warning',
  'goal/milestone-date': 'error',
  'week/invalid': 'error',
  'week/intentions-count': 'warning',
  'week/no-goal': 'warning',
  'week/why-not': 'warning',
  'week/carried-over': 'warning',
  'ref/unknown-goal': 'error',
  'site/duplicate-url': 'error',
  'text/control-character': 'error',
  'link/broken': 'warning',
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

export interface FindingInput {
  rule: RuleId;
  message: string;
  place?: Place;
  /** Overrides the rule's usual severity (e.g. an unknown key close to `private`). */
  severity?: Severity;
}

/** Add a finding to a file and return it. */
export function report(file: VFile, { rule, message, place, severity }: FindingInput): VFileMessage {
  const message_ = file.message(message, {
    place: place ?? { line: 1, column: 1 },
    ruleId: rule,
    source: 'logbook',
  });
  const level = severity ?? RULES[rule];
  message_.fatal = level === 'error' ? true : level === 'warning' ? false : undefined;
  return message_;
}

/** The severity of a message. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** The rule id of a message (`goal/missing-section`). */
export function ruleOf(message: VFileMessage): string {
  return message.ruleId ?? '';
}

/** Whether any file has an error (or, when strict, a warning). */
export function hasFailures(files: readonly VFile[], strict = false): boolean {
  return files.some((file) =>
    file.messages.some((message) => message.fatal === true || (strict && message.fatal === false)),
  );
}
