/**
 * JSON Schemas of front matter (goal, week, page) and journal.yml, made
 * from the zod definitions the checker validates with, so an editor's YAML
 * language server completes and checks the same keys and values. Shipped
 * in `schema/` (scripts/write-schemas.mjs writes them; a test keeps them
 * equal to these) and read by the language server's completion.
 */
import { z } from 'zod';
import { schemas, type EntryKind } from '../parse/fields.js';
import { configFields } from '../parse/journal-config.js';

export type SchemaName = EntryKind | 'journal';

const TITLES: Record<SchemaName, string> = {
  goal: 'logbook goal front matter (goals/*.md)',
  week: 'logbook week front matter (weeks/YYYY-Www.md)',
  page: 'logbook page front matter (any other Markdown file)',
  journal: 'logbook journal.yml',
};

/** Where the shipped schema of a kind is, from the repository's root. */
export const SCHEMA_FILES: Record<SchemaName, string> = {
  goal: 'schema/goal.json',
  week: 'schema/week.json',
  page: 'schema/page.json',
  journal: 'schema/journal.json',
};

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  [key: string]: unknown;
}

/** The JSON Schema of one kind of front matter, or of journal.yml. */
export function jsonSchemaOf(name: SchemaName): JsonSchema {
  const source = name === 'journal' ? z.object(configFields).partial() : schemas[name];
  // Checks JSON Schema cannot say (a real calendar date, a known time zone) stay logbook's.
  const generated = z.toJSONSchema(source, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
  const { $schema, ...rest } = generated;
  // Unknown keys are findings (a misspelt `private` could publish a private entry).
  return { $schema, title: TITLES[name], ...rest, additionalProperties: false };
}

/** Every schema, by the file it is shipped as. */
export function allJsonSchemas(): Record<string, JsonSchema> {
  return Object.fromEntries((Object.keys(SCHEMA_FILES) as SchemaName[]).map((name) => [SCHEMA_FILES[name], jsonSchemaOf(name)]));
}
