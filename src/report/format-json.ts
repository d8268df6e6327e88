/** `--format json`: one JSON array of findings. */
import type { FindingRecord } from './findings-list.js';

export function formatJson(records: readonly FindingRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
