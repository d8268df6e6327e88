/** Parse one file into what the cache keeps of it: the entry and its findings (see parse-files.ts). */
import type { VFile } from 'vfile';
import type { CachedFinding, CachedParse } from '../workspace/parse-record.js';
import { ruleOf, severityOf, type RuleId } from '../findings/finding.js';
import type { GoalTemplate, Place } from '../model/types.js';
import { parseEntry } from './parse-entry.js';

/** Parse one file here, reporting its findings on it, and return what the parse produced. */
export function parseToCached(file: VFile, template: GoalTemplate): CachedParse {
  const before = file.messages.length;
  const entry = parseEntry(file, template);
  const findings: CachedFinding[] = file.messages.slice(before).map((message) => ({
    rule: ruleOf(message) as RuleId,
    message: message.reason,
    // `report` only ever places a finding at a point.
    place: message.place as Place | undefined,
    severity: severityOf(message),
  }));
  return { entry, findings };
}
