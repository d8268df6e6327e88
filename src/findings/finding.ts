/**
 * Findings are vfile messages: positioned values collected on the file they
 * concern, never thrown. This module is the one way to add one.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Place } from '../model/types.js';
import { defaultSeverity, type RuleId } from '../check/rules/index.js';

export type Severity = 'error' | 'warning' | 'info';

// Each rule declares its id and usual severity in its own file; the registry lists them all.
export type { RuleId } from '../check/rules/index.js';

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
  const level = severity ?? defaultSeverity(rule);
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
