/**
 * html-validate (presets `standard` and `a11y`) over every page of the built
 * example journal: a checker nobody here wrote, judging the markup the
 * layouts and the Markdown renderer produce.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleSite, listPages } from '../helpers/built-site.js';
import { siteFileOf } from '../../src/model/content-paths.js';

const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y'] });

let dir: string;
let pages: string[];

beforeAll(async () => {
  ({ dir } = await buildExampleSite());
  pages = await listPages(dir);
});

afterAll(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true });
});

/** The `.html` file of a page path. */
function fileOf(page: string): string {
  return join(dir, siteFileOf(`/${page}`));
}

describe('html-validate', () => {
  it('finds nothing on any page of the example site', async () => {
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readFile(fileOf(page), 'utf8'), fileOf(page));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${page || '/'}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is a checker that can fail: it flags the markup we replaced', async () => {
    // GFM's `align` on table cells, and the `role="region"` box tables used to scroll in.
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><main><div role="region" aria-label="t" tabindex="0"><table><tr><td align="right">1</td></tr></table></div></main></body></html>',
    );
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-deprecated-attr', 'prefer-native-element']));
  });
});
