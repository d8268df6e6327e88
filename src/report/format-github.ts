/** `--format github`: workflow commands, so a pull request shows each finding on its line. */
import type { FindingRecord } from './findings-list.js';

const COMMAND: Record<FindingRecord['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(records: readonly FindingRecord[]): string {
  return records
    .map(
      (record) =>
        `::${COMMAND[record.severity]} file=${escapeProperty(record.file)},line=${record.line},col=${record.column},title=${escapeProperty(record.rule)}::${escapeData(record.message)}\n`,
    )
    .join('');
}
