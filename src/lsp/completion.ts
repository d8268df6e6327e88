/**
 * Completion: goal slugs after `#` in a week's intentions, front-matter
 * keys (those not there yet) and their allowed values, and journal.yml's
 * settings. Keys and values come from the checker's own definitions (see
 * json-schema.ts); goals from the journal as last checked.
 */
import { posix } from 'node:path';
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { INTENTION_HEADINGS } from '../model/default-template.js';
import { kindOf } from '../parse/parse-entry.js';
import { jsonSchemaOf, type SchemaName } from './json-schema.js';
import type { Located } from './server.js';
import { frontMatterEnd, hashBefore, headingAbove, isHeading, linesOf } from './text-at.js';

const schemaCache = new Map<SchemaName, ReturnType<typeof jsonSchemaOf>>();

/** A kind's schema, made once per session. */
function schemaOf(name: SchemaName) {
  let schema = schemaCache.get(name);
  if (!schema) schemaCache.set(name, (schema = jsonSchemaOf(name)));
  return schema;
}

/** The schema that applies to a document, if any. */
export function schemaNameOf(contentPath: string): SchemaName | undefined {
  if (contentPath === 'journal.yml') return 'journal';
  return contentPath.endsWith('.md') ? kindOf(contentPath as never) : undefined;
}

export function complete({ session, contentPath, document }: Located, position: Position): CompletionItem[] {
  const lines = linesOf(document.getText());
  const line = lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const name = schemaNameOf(contentPath);
  if (!name) return [];

  const end = name === 'journal' ? lines.length : frontMatterEnd(lines);
  const inYaml = end !== undefined && (name === 'journal' || (position.line > 0 && position.line < end));
  if (inYaml) return yamlCompletions(name, lines, before, contentPath);

  if (name !== 'week') return [];
  const hash = hashBefore(line, position.character);
  if (!hash || !isHeading(headingAbove(lines, position.line, (end ?? -1) + 1), INTENTION_HEADINGS)) return [];
  const goals = session.last?.goals ?? [];
  return goals.map((goal) => ({
    label: goal.slug,
    kind: CompletionItemKind.Reference,
    detail: goal.title,
    documentation: `Goal, ${goal.status}`,
    textEdit: { range: { start: { line: position.line, character: hash.start }, end: position }, newText: goal.slug },
  }));
}

function yamlCompletions(name: SchemaName, lines: readonly string[], before: string, contentPath: string): CompletionItem[] {
  // Only top-level keys: an indented line belongs to a list or a nested setting.
  if (before.startsWith(' ') || before.startsWith('\t')) return [];
  const schema = schemaOf(name);
  const properties = schema.properties ?? {};
  const colon = before.indexOf(':');
  if (colon === -1) {
    const present = new Set(lines.map((text) => text.slice(0, text.indexOf(':')).trim()));
    return Object.keys(properties)
      .filter((key) => !present.has(key))
      .map((key) => ({ label: key, kind: CompletionItemKind.Property, insertText: `${key}: ` }));
  }
  const key = before.slice(0, colon).trim();
  const property = properties[key];
  if (!property) return [];
  const values: string[] = [];
  if (Array.isArray(property.enum)) values.push(...property.enum.map(String));
  if (property.type === 'boolean') values.push('true', 'false');
  if (name === 'week' && key === 'week') {
    const id = posix.basename(contentPath, '.md');
    if (isWeekName(id)) values.push(id);
  }
  return values.map((value) => ({ label: value, kind: CompletionItemKind.Value }));
}

/** `2026-W05`: a file name that is a week id as the checker wants it written. */
export function isWeekName(name: string): boolean {
  return name.length === 8 && /^\d+-W\d+$/.test(name);
}
