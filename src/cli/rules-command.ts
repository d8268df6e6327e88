/** `logbook rules [ID] [--format pretty|json]`: every rule with its usual severity and summary, or one rule's help. */
import type { RuleDefinition } from '../check/rules/define-rule.js';
import { findRule, RULES } from '../check/rules/index.js';
import { closest } from '../util/suggest.js';
import { parseCommandArgs, UsageError } from './args.js';
import type { Io } from './io.js';

const FORMATS = ['pretty', 'json'] as const;

export async function rulesCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string', default: 'pretty' } });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (positionals.length > 1) throw new UsageError(`rules takes at most one rule id (got ${positionals.length})`);

  const id = positionals[0];
  if (id === undefined) {
    io.stdout(format === 'json' ? `${JSON.stringify(RULES.map(asJson), null, 2)}\n` : listRules());
    return 0;
  }
  const rule = findRule(id);
  if (!rule) {
    const suggestion = closest(id, RULES.map((known) => known.id));
    throw new UsageError(`there is no rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''} ("logbook rules" lists them all)`);
  }
  io.stdout(format === 'json' ? `${JSON.stringify(asJson(rule), null, 2)}\n` : describeRule(rule));
  return 0;
}

function asJson(rule: RuleDefinition) {
  return { id: rule.id, severity: rule.severity, summary: rule.summary, help: rule.help, protect: rule.protect ?? null };
}

/** One line a rule: id, severity (`*` when journal.yml cannot turn it down), summary. */
function listRules(): string {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  const lines = RULES.map((rule) => `${rule.id.padEnd(width)}  ${`${rule.severity}${rule.protect === 'rule' ? '*' : ''}`.padEnd(8)}  ${rule.summary}`);
  return `${lines.join('\n')}

* cannot be turned off or lowered in journal.yml's rules: (they keep unsafe, broken or private files off the site).
"logbook rules <id>" explains a rule and how to fix what it reports.
`;
}

function describeRule(rule: RuleDefinition): string {
  const setting =
    rule.protect === 'rule'
      ? wrap('journal.yml cannot turn this rule off or lower it: it keeps unsafe, broken or private files off the site.')
      : `${wrap(`${rule.protect === 'errors' ? 'Its warnings can be turned off, its errors cannot. ' : ''}To turn it off or change its severity, add to journal.yml:`)}
  rules: { ${rule.id}: off }    # or info, warning, error`;
  return `${rule.id} (${rule.severity})
${rule.summary}

${wrap(rule.help)}

${setting}
`;
}

/** Words wrapped at 78 columns. */
function wrap(text: string, width = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
