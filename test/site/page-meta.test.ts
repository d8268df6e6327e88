/** What a link preview reads: `og:locale` as a full locale, and tag pages described in plain words. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/model/types.js';
import { ogLocale } from '../../src/site/eleventy/run-eleventy.js';
import { buildContent, readOutput, tempProject, writeFiles } from '../helpers/site.js';

describe('page meta', () => {
  it('turns a language into a full locale', () => {
    expect(['en', 'de', 'pt-BR', 'en-GB', 'fr'].map(ogLocale)).toEqual(['en_US', 'de_DE', 'pt_BR', 'en_GB', 'fr_FR']);
  });

  it('writes og:locale from journal.yml and describes a tag page by the counts it has', async () => {
    const project = await tempProject();
    await writeFiles(project, {
      'content/journal.yml': 'title: Meta test\nlanguage: en\nurl: https://example.org/journal/\n',
      'content/goals/go.md': '---\ntitle: Learn Go\nstatus: active\ntags: [backend]\n---\n## Milestones\n- [ ] One (due 2026-12-01)\n',
    });
    const { outputDir } = await buildContent(join(project, 'content'), project, { today: '2026-11-24' as IsoDate });
    const home = await readOutput(outputDir, 'index.html');
    expect(home).toContain('<meta property="og:locale" content="en_US">');
    const tag = await readOutput(outputDir, 'tags/backend/index.html');
    expect(tag).toContain('<meta name="description" content="1 goal tagged backend.">');
    expect(tag).not.toContain('0 weeks');
  });
});
