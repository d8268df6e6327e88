/**
 * The shipped JSON Schemas (schema/*.json) are what the checker's own
 * definitions give, they say what the checker says about keys and values,
 * and `init` points journal.yml at its schema when the schema is in the project.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allJsonSchemas, jsonSchemaOf } from '../../src/lsp/json-schema.js';
import { schemaComment } from '../../src/lsp/schema-comment.js';

const REPO = join(import.meta.dirname, '..', '..');

describe('front-matter JSON Schemas', () => {
  it('ships exactly what the definitions give (run `npm run schemas` after changing them)', () => {
    const schemas = allJsonSchemas();
    expect(Object.keys(schemas).sort()).toEqual(['schema/goal.json', 'schema/journal.json', 'schema/page.json', 'schema/week.json']);
    for (const [path, schema] of Object.entries(schemas)) {
      expect(JSON.parse(readFileSync(join(REPO, path), 'utf8')), path).toEqual(schema);
    }
  });

  it("holds each kind's keys, the allowed values, and refuses unknown keys", () => {
    const goal = jsonSchemaOf('goal');
    expect(Object.keys(goal.properties!).sort()).toEqual(['description', 'draft', 'due', 'private', 'started', 'status', 'tags', 'title']);
    expect(goal.properties!.status!.enum).toEqual(['active', 'done', 'paused', 'dropped']);
    expect(goal.properties!.private!.type).toBe('boolean');
    expect(goal.additionalProperties).toBe(false);
    expect(Object.keys(jsonSchemaOf('week').properties!)).toContain('week');
    expect(Object.keys(jsonSchemaOf('page').properties!)).toContain('date');
    expect(Object.keys(jsonSchemaOf('journal').properties!)).toEqual(expect.arrayContaining(['title', 'url', 'timezone', 'allowHtml', 'template']));
  });
});

describe('the schema line init writes atop journal.yml', () => {
  it('points at the shipped schema, relative to the content folder, when it is in the project', () => {
    expect(schemaComment(join(REPO, 'content'), REPO)).toBe('# yaml-language-server: $schema=../schema/journal.json\n');
    expect(schemaComment(join(REPO, 'journals', 'mine'), REPO)).toBe('# yaml-language-server: $schema=../../schema/journal.json\n');
  });

  it('is left out when the schema is outside the project (the path would not survive a clone)', () => {
    const project = mkdtempSync(join(tmpdir(), 'logbook-schema-'));
    try {
      expect(schemaComment(join(project, 'content'), project)).toBe('');
      writeFileSync(join(project, 'journal.json'), '{}');
      expect(schemaComment(join(project, 'content'), project, join(project, 'missing.json'))).toBe('');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
