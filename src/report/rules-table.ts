/**
 * The README's rule table, made from the rules' own declarations:
 * `npm run docs:rules` writes it between the two markers, and a test fails
 * when the README's table is not what the declarations give.
 */
import { RULES } from '../check/rules/index.js';

export const TABLE_START = '<!-- rules-table:start (npm run docs:rules writes this table from src/check/rules) -->';
export const TABLE_END = '<!-- rules-table:end -->';

/** The Markdown table: rule, usual severity (`locked` when journal.yml cannot turn it down), summary. */
export function rulesTable(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = RULES.map((rule) => `| \`${rule.id}\` | ${rule.severity}${rule.protect === 'rule' ? ', locked' : ''} | ${cell(rule.summary)} |`);
  return ['| rule | severity | reported when |', '|---|---|---|', ...rows].join('\n');
}

/** The text with the table between the markers replaced (or `undefined` when the markers are missing). */
export function replaceRulesTable(text: string): string | undefined {
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start === -1 || end < start) return undefined;
  return `${text.slice(0, start + TABLE_START.length)}\n${rulesTable()}\n${text.slice(end)}`;
}
