/** `logbook check`: print the journal's findings; exit 1 on errors (or warnings under --strict). */
import { hasFailures } from '../findings/finding.js';
import { loadJournal } from '../journal.js';
import { formatJson, listFindings } from '../report/findings-list.js';
import { formatGithub } from '../report/format-github.js';
import { formatPretty } from '../report/format-pretty.js';
import { parseCommandArgs, UsageError } from './args.js';
import { readToday } from './today.js';
import type { Io } from './io.js';
import { openWorkspace } from '../workspace/workspace.js';

const FORMATS = ['pretty', 'json', 'github'] as const;

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    content: { type: 'string', default: 'content' },
    format: { type: 'string', default: 'pretty' },
    strict: { type: 'boolean', default: false },
    today: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
  });
  if (positionals.length > 0) throw new UsageError(`check takes no arguments (got "${positionals[0]}")`);
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);

  const workspace = await openWorkspace({ mode: values['no-cache'] ? 'off' : 'disk', cwd: io.cwd });
  const { files } = await loadJournal({ contentDir: values.content, cwd: io.cwd, today: readToday(values.today), workspace });
  await workspace.save();
  const records = listFindings(files);
  if (format === 'json') io.stdout(formatJson(records));
  else if (format === 'github') io.stdout(formatGithub(records));
  else io.stdout(formatPretty(files, { color: io.color }));
  return hasFailures(files, values.strict) ? 1 : 0;
}
