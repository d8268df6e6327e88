/** What the findings say: the learner must be told what to do. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFindings } from '../../src/report/findings-list.js';
import { loadFixture } from '../helpers/fixtures.js';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'check', name);

async function messages(name: string) {
  const { files } = await loadFixture(fixture(name));
  return listFindings(files);
}

describe('finding messages', () => {
  it('suggests the close slug for an unknown goal', async () => {
    const found = (await messages('week-rules')).filter((f) => f.rule === 'ref/unknown-goal');
    expect(found[0]!.message).toContain('did you mean `rust-systems`');
    expect(found[1]!.message).toContain('no goal `missing-goal`');
  });

  it('names the missing section and what to write', async () => {
    const found = (await messages('goal-sections')).find((f) => f.rule === 'goal/missing-section');
    expect(found!.message).toMatch(/Missing section "Success in one year".*## Success in one year/);
  });

  it('treats a misspelt flag as an error and suggests keys', async () => {
    const found = await messages('frontmatter-unknown-key');
    expect(found.find((f) => f.line === 3)!.message).toContain('Did you mean `tags`?');
    expect(found.find((f) => f.line === 4)!.message).toContain('`private`');
  });

  it('names the impossible date and the week that does not exist', async () => {
    const field = await messages('frontmatter-field');
    expect(field.find((f) => f.line === 3)!.message).toContain('does not exist');
    const week = await messages('week-invalid');
    expect(week.find((f) => f.file === 'weeks/2025-W53.md')!.message).toContain('2025 has 52 ISO weeks');
  });

  it('says which earlier week an intention was carried over from', async () => {
    const found = (await messages('week-rules')).find((f) => f.rule === 'week/carried-over');
    expect(found!.message).toContain('2026-W46');
    expect(found!.message).toContain('Why again');
  });

  it('says where a broken link should point', async () => {
    const found = (await messages('link-broken')).filter((f) => f.rule === 'link/broken');
    const at = (file: string, line: number) => found.find((f) => f.file === file && f.line === line)!.message;
    expect(at('pages/about.md', 7)).toContain('Did you mean `../goals/rust-systems.md`?');
    expect(at('pages/about.md', 8)).toMatch(/no such heading in `goals\/rust-systems.md`.*`#where-i-am-now`/);
    expect(at('pages/about.md', 9)).toContain('no such heading in this file');
    expect(at('pages/about.md', 10)).toContain('Did you mean `#broken-links`?');
    expect(at('pages/about.md', 12)).toContain('no line anchors');
    expect(at('pages/about.md', 13)).toMatch(/^This image .*Did you mean `..\/assets\/avatar.svg`\?/);
    expect(at('pages/about.md', 14)).toContain('private file');
    expect(at('pages/about.md', 16)).toContain('draft');
    expect(at('pages/about.md', 17)).toContain('outside the content folder');
    expect(at('pages/about.md', 19)).toContain('folder');
    expect(at('weeks/2026-W47.md', 9)).toContain('Did you mean `2026-W47.md`?');
  });
});
