/**
 * `rules:` in journal.yml: turn a rule off or change its severity
 * (`rules: { week/intentions-count: off, goal/timebound: error }`). Read
 * with the rest of journal.yml, applied once, where findings become final
 * (`loadJournal`, after the checks), so check, build and serve agree.
 *
 * Rules that keep the build safe or private files private (`protect` in
 * their declaration) cannot be turned off or made milder; a setting that
 * tries is a `config/field` error, and their errors stay errors regardless.
 */
import type { VFile } from 'vfile';
import { report, ruleOf } from '../findings/finding.js';
import type { Place } from '../model/types.js';
import type { FieldPath } from '../parse/safe-yaml.js';
import { closest } from '../util/suggest.js';
import { RULE_SETTINGS, type RuleSetting } from './rules/define-rule.js';
import { findRule, RULES, type RuleId } from './rules/index.js';

/** A setting for each rule journal.yml names (valid ones only). */
export type RuleSettings = Readonly<Partial<Record<RuleId, RuleSetting>>>;

const STRENGTH: Record<RuleSetting, number> = { off: 0, info: 1, warning: 2, error: 3 };
const EXAMPLE = 'e.g. `rules: { goal/timebound: off, week/why-not: error }`';

/** Read the value of `rules:`, reporting every key or value that cannot be used. */
export function readRuleSettings(value: unknown, file: VFile, locate: (path: FieldPath, part?: 'key' | 'value') => Place): RuleSettings {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report(file, {
      rule: 'config/field',
      place: locate(['rules'], 'value'),
      message: `\`rules\` must map rule ids to off, info, warning or error, ${EXAMPLE}.`,
    });
    return {};
  }
  const settings: Partial<Record<RuleId, RuleSetting>> = {};
  for (const [id, setting] of Object.entries(value)) {
    const rule = findRule(id);
    if (!rule) {
      const suggestion = closest(id, RULES.map((known) => known.id));
      report(file, {
        rule: 'config/unknown-rule',
        place: locate(['rules', id]),
        message: `There is no rule \`${id}\`, so this line does nothing.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} \`logbook rules\` lists every rule.`,
      });
      continue;
    }
    if (typeof setting !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(setting)) {
      report(file, {
        rule: 'config/field',
        place: locate(['rules', id], 'value'),
        message: `Set \`${id}\` to off, info, warning or error (got ${JSON.stringify(setting) ?? String(setting)}).`,
      });
      continue;
    }
    const level = setting as RuleSetting;
    if (rule.protect === 'rule' && STRENGTH[level] < STRENGTH[rule.severity]) {
      report(file, {
        rule: 'config/field',
        place: locate(['rules', id], 'value'),
        message: `\`${id}\` cannot be ${level === 'off' ? 'turned off' : `lowered to ${level}`}: it keeps unsafe, broken or private files off the site. Remove this line and fix what it reports.`,
      });
      continue;
    }
    settings[rule.id] = level;
  }
  return settings;
}

/** Apply the settings to the files' findings: drop those turned off, give the others their set severity. */
export function applyRuleSettings(files: readonly VFile[], settings: RuleSettings | undefined): void {
  if (!settings || Object.keys(settings).length === 0) return;
  for (const file of files) {
    if (file.messages.length === 0) continue;
    file.messages = file.messages.filter((message) => {
      const id = ruleOf(message) as RuleId;
      const setting = settings[id];
      if (setting === undefined) return true;
      // A protected rule's errors stay errors (`frontmatter/unknown-key` near `private`, say).
      if (message.fatal === true && findRule(id)?.protect) return true;
      if (setting === 'off') return false;
      message.fatal = setting === 'error' ? true : setting === 'warning' ? false : undefined;
      return true;
    });
  }
}
