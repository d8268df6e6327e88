/** Findings as plain records, sorted by file, line and column; and as JSON (`--format json`). */
import { sep } from 'node:path';
import type { VFile } from 'vfile';
import { ruleOf, severityOf, type Severity } from '../findings/finding.js';

export interface FindingRecord {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
}

/** Every finding of the files, as records. */
export function listFindings(files: readonly VFile[]): FindingRecord[] {
  const records = files.flatMap((file) =>
    file.messages.map((message) => ({
      // Windows separators become slashes; elsewhere a backslash is part of a name and stays.
      file: sep === '\\' ? (file.path || '').split('\\').join('/') : file.path || '',
      line: message.line ?? 1,
      column: message.column ?? 1,
      severity: severityOf(message),
      rule: ruleOf(message),
      message: message.reason,
    })),
  );
  return records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** Count findings by severity. */
export function countFindings(records: readonly FindingRecord[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const record of records) counts[record.severity]++;
  return counts;
}

/** `--format json`: one JSON array of findings. */
export function formatJson(records: readonly FindingRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
