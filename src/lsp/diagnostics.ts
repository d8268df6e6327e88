/**
 * Findings → LSP diagnostics. A finding has a 1-based line and column and
 * points at a place; a diagnostic has a 0-based range. The range runs to
 * the end of the word at that place (a `#slug`, a key, a value), or to the
 * end of the line when the place is a lone mark such as a heading's `#`.
 */
import type { VFile } from 'vfile';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleOf, severityOf } from '../findings/finding.js';

const SEVERITIES = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** The diagnostics of one checked file. */
export function toDiagnostics(file: VFile): Diagnostic[] {
  if (file.messages.length === 0) return [];
  const lines = typeof file.value === 'string' ? file.value.split(/\r?\n|\r/) : [];
  return file.messages.map((message) => {
    const line = Math.max(0, (message.line ?? 1) - 1);
    const character = Math.max(0, (message.column ?? 1) - 1);
    return {
      range: { start: { line, character }, end: { line, character: wordEnd(lines[line] ?? '', character) } },
      severity: SEVERITIES[severityOf(message)],
      code: ruleOf(message),
      source: 'logbook',
      message: message.reason,
    };
  });
}

/** Where the word starting at `start` ends (the line's end, without trailing spaces, after a lone mark). */
export function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && text[end] !== ' ' && text[end] !== '\t') end++;
  if (end - start < 2) end = text.trimEnd().length;
  return Math.max(start, end);
}
