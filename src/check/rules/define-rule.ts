/**
 * A rule declares itself: its id, usual severity, a one-line summary and a
 * help text (what it checks, why, how to fix it). The registry (index.ts)
 * lists every rule; `logbook rules`, the README's rule table and the
 * `rules:` setting of journal.yml are all read from these declarations.
 */
import type { Severity } from '../../findings/finding.js';
import type { CheckContext } from '../context.js';

/** What `rules:` in journal.yml may set a rule to. */
export type RuleSetting = Severity | 'off';

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

export interface RuleDefinition<Id extends string = string> {
  /** `area/name`, as findings show it. */
  id: Id;
  /** The severity of its findings unless journal.yml says otherwise. */
  severity: Severity;
  /** One line: when it reports. */
  summary: string;
  /** What it checks, why, and how to fix a finding. */
  help: string;
  /**
   * What journal.yml may not change, because the rule keeps the build safe
   * or private files private: `rule` (cannot be turned off or made milder)
   * or `errors` (its findings that are errors stay errors; its warnings may
   * be turned off).
   */
  protect?: 'rule' | 'errors';
  /**
   * Looks for findings over the whole parsed journal. Rules without one are
   * reported where their problem is found (load/, parse/, the build command).
   */
  check?: (context: CheckContext) => void;
}

/** Declare a rule (the id keeps its literal type, so `RuleId` is derived from the registry). */
export function defineRule<const Id extends string>(rule: RuleDefinition<Id>): Readonly<RuleDefinition<Id>> {
  return Object.freeze(rule);
}
