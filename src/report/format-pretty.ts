/** `--format pretty`: findings grouped by file, with a summary (vfile-reporter). */
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { printable } from './printable.js';

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
  return `${reporter(sorted.map(printableCopy), { color, quiet: true })}\n`;
}

/** A copy of a file and its messages whose names and messages are safe to print (see printable.ts). */
function printableCopy(file: VFile): VFile {
  const copy = new VFile({ path: printable(file.path) });
  for (const message of file.messages) {
    const printed = copy.message(printable(message.reason), { place: message.place, ruleId: message.ruleId, source: message.source });
    printed.fatal = message.fatal;
  }
  return copy;
}
