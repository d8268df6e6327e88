/** `--format pretty`: findings grouped by file, with a summary (vfile-reporter). */
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';

export interface PrettyOptions {
  color: boolean;
}

export function formatPretty(files: readonly VFile[], { color }: PrettyOptions): string {
  const withFindings = files.filter((file) => file.messages.length > 0);
  if (withFindings.length === 0) return `${files.length} files checked: no findings.\n`;
  for (const file of withFindings) {
    file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  }
  const sorted = [...withFindings].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `${reporter(sorted, { color, quiet: true })}\n`;
}
