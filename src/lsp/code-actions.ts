/**
 * Quick fixes, offered only where the fix is certain: add a missing
 * template section, set `week:` to the file's own week, unquote a
 * `"true"`/`"false"` flag, and take the checker's own did-you-mean for an
 * unknown key or goal slug (read from the finding's message, which is
 * where the checker says it).
 */
import { posix } from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { isWeekName } from './completion.js';
import type { Located } from './server.js';
import { isSlugChar, linesOf } from './text-at.js';

export function codeActions(found: Located, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const lines = linesOf(found.document.getText());
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'logbook') continue;
    const fix = fixFor(found, lines, diagnostic);
    if (!fix) continue;
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [found.document.uri]: [fix.edit] } },
    });
  }
  return actions;
}

interface Fix {
  title: string;
  edit: TextEdit;
}

function fixFor({ session, contentPath }: Located, lines: readonly string[], diagnostic: Diagnostic): Fix | undefined {
  const { line, character } = diagnostic.range.start;
  const text = lines[line] ?? '';
  const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
  switch (diagnostic.code) {
    case 'goal/missing-section': {
      const heading = session.last?.sections.find((candidate) => message.startsWith(`Missing section "${candidate}"`));
      if (!heading) return undefined;
      // At the end of the file: always a place where a new section is a section.
      const last = lines.length - 1;
      const end = { line: last, character: lines[last]!.length };
      const newText = `${lines[last] === '' ? '' : '\n'}\n## ${heading}\n\n`;
      return { title: `Add the "## ${heading}" section`, edit: { range: { start: end, end }, newText } };
    }
    case 'week/invalid': {
      const id = posix.basename(contentPath, '.md');
      if (!isWeekName(id) || keyOf(text) !== 'week') return undefined;
      const value = valueRange(text);
      if (!value) return undefined;
      return { title: `Set week: ${id}, as in the file name`, edit: { range: lineRange(line, value), newText: id } };
    }
    case 'frontmatter/field': {
      const key = keyOf(text);
      if (key !== 'private' && key !== 'draft') return undefined;
      const value = valueRange(text);
      const written = value && text.slice(value.start, value.end);
      const flag = written && ['true', 'false'].find((word) => written === `"${word}"` || written === `'${word}'`);
      if (!value || !flag) return undefined;
      return { title: `Write ${key}: ${flag}, without quotes`, edit: { range: lineRange(line, value), newText: flag } };
    }
    case 'frontmatter/unknown-key':
    case 'config/unknown-key': {
      const suggestion = suggestionIn(message);
      const key = keyOf(text);
      if (!suggestion || key === undefined || text.indexOf(key) !== character) return undefined;
      return { title: `Change \`${key}\` to \`${suggestion}\``, edit: { range: lineRange(line, { start: character, end: character + key.length }), newText: suggestion } };
    }
    case 'ref/unknown-goal': {
      const suggestion = suggestionIn(message);
      if (!suggestion || text[character] !== '#') return undefined;
      let end = character + 1;
      while (end < text.length && isSlugChar(text[end])) end++;
      const written = text.slice(character + 1, end);
      if (written === '' || written === suggestion) return undefined;
      return { title: `Change #${written} to #${suggestion}`, edit: { range: lineRange(line, { start: character + 1, end }), newText: suggestion } };
    }
    default:
      return undefined;
  }
}

/** The checker's suggestion in a message: "Did you mean `x`?", or "Write `x`." for a misspelt flag. */
export function suggestionIn(message: string): string | undefined {
  for (const lead of ['id you mean `', 'Write `']) {
    const at = message.indexOf(lead);
    if (at === -1) continue;
    const start = at + lead.length;
    const end = message.indexOf('`', start);
    if (end > start) return message.slice(start, end);
  }
  return undefined;
}

/** The top-level key a YAML line sets (`key: value`), if it sets one. */
function keyOf(text: string): string | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || text[0] === ' ' || text[0] === '\t') return undefined;
  const key = text.slice(0, colon);
  return key.trim() === key && !key.includes(' ') ? key : undefined;
}

/** The columns of the value of a `key: value` line, without a trailing comment or spaces. */
function valueRange(text: string): { start: number; end: number } | undefined {
  let start = text.indexOf(':') + 1;
  while (text[start] === ' ' || text[start] === '\t') start++;
  const comment = text.indexOf(' #', start);
  const end = (comment === -1 ? text : text.slice(0, comment)).trimEnd().length;
  return end > start ? { start, end } : undefined;
}

function lineRange(line: number, { start, end }: { start: number; end: number }) {
  return { start: { line, character: start }, end: { line, character: end } };
}
