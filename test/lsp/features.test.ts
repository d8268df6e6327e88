/**
 * Completion, hover and quick fixes of `logbook lsp`, asked for over the
 * protocol as an editor asks. Each test first waits for a diagnostic, so
 * the server has checked the journal before it is asked about it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TODAY, tempJournal, type TempJournal } from './journal.js';
import { applyEdits, LspClient, type Diagnostic } from './lsp-client.js';

let client: LspClient;
let journal: TempJournal;

beforeAll(async () => {
  journal = tempJournal();
  client = new LspClient(['--today', FIXTURE_TODAY]);
  await client.initialize(journal.folder);
});

afterAll(() => {
  client.kill();
  journal.remove();
});

const has = (rule: string) => (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === rule);
const lacks = (rule: string) => (diagnostics: Diagnostic[]) => !diagnostics.some((diagnostic) => diagnostic.code === rule);
const labels = (result: Awaited<ReturnType<LspClient['completion']>>) => (Array.isArray(result) ? result : (result?.items ?? [])).map((item) => item.label);

/** Where a piece of text first is, as a position. */
function positionOf(text: string, piece: string, offset = 0) {
  const index = text.indexOf(piece);
  if (index === -1) throw new Error(`"${piece}" is not in the text`);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

// A bound that only catches a hang (an answer that never comes), never a slow machine.
describe('logbook lsp: completion', { timeout: 60_000 }, () => {
  it("completes goal slugs after # in a week's intentions, and only there", async () => {
    const text = journal.read('weeks/2026-W47.md').replace('## This week I intend to', '## This week I intend to\n- [ ] Draft the talk #fir').replace('## Reflection\n', '## Reflection\nA note #fir\n');
    const uri = await client.open(journal.path('weeks/2026-W47.md'), text);
    await client.waitForDiagnostics(uri, has('ref/unknown-goal'));
    const at = positionOf(text, '#fir', 4);
    const result = await client.completion(uri, at);
    expect(labels(result).sort()).toEqual(['first-blog-post', 'informational-interviews', 'typescript-backend']);
    const item = (result as { label: string; detail?: string; textEdit?: { range: unknown; newText: string } }[]).find((i) => i.label === 'first-blog-post')!;
    expect(item.detail).toBe('Publish my first technical blog post');
    expect(item.textEdit).toEqual({ range: { start: { line: at.line, character: at.character - 3 }, end: at }, newText: 'first-blog-post' });
    // In the reflection, `#` is just text.
    expect(labels(await client.completion(uri, positionOf(text, 'A note #fir', 11)))).toEqual([]);
    await client.close(uri);
  });

  it('completes front-matter keys not yet there, and their allowed values', async () => {
    const text = journal.read('goals/first-blog-post.md').replace('status: active\n', 'status: \npriv\nsta\n');
    const uri = await client.open(journal.path('goals/first-blog-post.md'), text);
    // Half-typed keys make the front matter unreadable for now.
    await client.waitForDiagnostics(uri, has('frontmatter/syntax'), true);
    const keys = labels(await client.completion(uri, positionOf(text, 'priv\n', 4)));
    expect(keys).toEqual(expect.arrayContaining(['private', 'draft']));
    expect(keys).not.toContain('title'); // already there
    expect(keys).not.toContain('week'); // a week's key, not a goal's
    expect(labels(await client.completion(uri, positionOf(text, 'status: \n', 8)))).toEqual(['active', 'done', 'paused', 'dropped']);

    const flagText = text.replace('priv\n', 'private: \n');
    await client.change(uri, flagText);
    expect(labels(await client.completion(uri, positionOf(flagText, 'private: \n', 9)))).toEqual(['true', 'false']);
    // Below the front matter, no keys.
    expect(labels(await client.completion(uri, positionOf(flagText, '## Where I am now', 0)))).toEqual([]);
    await client.close(uri);
  });

  it("completes journal.yml's settings and a week's own week id", async () => {
    const config = `${journal.read('journal.yml')}allowHtml: \n`;
    const configUri = await client.open(journal.path('journal.yml'), config);
    expect(labels(await client.completion(configUri, positionOf(config, 'allowHtml: ', 11)))).toEqual(['true', 'false']);
    const week = '---\nweek: \n---\n\n## This week I intend to\n';
    const weekUri = await client.open(journal.path('weeks/2026-W45.md'), week);
    expect(labels(await client.completion(weekUri, positionOf(week, 'week: ', 6)))).toEqual(['2026-W45']);
    await client.close(configUri);
    await client.close(weekUri);
  });
});

describe('logbook lsp: hover', { timeout: 60_000 }, () => {
  it("shows a #slug's goal: title, status and milestone progress", async () => {
    const text = journal.read('weeks/2026-W47.md').replace('## This week I intend to', '## This week I intend to\n- [ ] Look at #nothing-here');
    const uri = await client.open(journal.path('weeks/2026-W47.md'), text);
    await client.waitForDiagnostics(uri, has('ref/unknown-goal'), true);
    const at = positionOf(text, '#first-blog-post', 5);
    const result = await client.hover(uri, at);
    expect(result?.contents.value).toContain('Publish my first technical blog post');
    expect(result?.contents.value).toContain('Status: active');
    expect(result?.contents.value).toContain('Milestones: 3 of 4 done');
    expect(result?.contents.value).toContain('Due 2026-11-29');
    expect(await client.hover(uri, positionOf(text, '#nothing-here', 3))).toBeNull();
    expect(await client.hover(uri, positionOf(text, 'Reflection', 2))).toBeNull();
    await client.close(uri);
  });
});

describe('logbook lsp: quick fixes', { timeout: 60_000 }, () => {
  /** Open a file with a mistake, take the one quick fix offered for `rule`, and check the finding is gone. */
  async function fix(contentPath: string, text: string, rule: string, title: RegExp): Promise<string> {
    const uri = await client.open(journal.path(contentPath), text);
    const diagnostics = await client.waitForDiagnostics(uri, has(rule));
    const diagnostic = diagnostics.find((d) => d.code === rule)!;
    const actions = (await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? [];
    expect(actions.map((action) => action.title)).toEqual([expect.stringMatching(title)]);
    const fixed = applyEdits(text, actions[0]!.edit!.changes![uri]!);
    await client.change(uri, fixed);
    await client.waitForDiagnostics(uri, lacks(rule), true);
    await client.close(uri);
    return fixed;
  }

  it('adds a missing template section', async () => {
    const text = journal.read('goals/first-blog-post.md').replace('## Resources', '## Sources');
    const fixed = await fix('goals/first-blog-post.md', text, 'goal/missing-section', /Resources/);
    expect(fixed).toBe(`${text}\n## Resources\n\n`);
  });

  it("sets a week's `week:` to its file name", async () => {
    const text = journal.read('weeks/2026-W47.md').replace('week: 2026-W47', 'week: 2026-W46');
    expect(await fix('weeks/2026-W47.md', text, 'week/invalid', /2026-W47/)).toBe(journal.read('weeks/2026-W47.md'));
  });

  it('unquotes private: "true"', async () => {
    const text = journal.read('about.md').replace('title: About this journal', 'title: About this journal\nprivate: "true"');
    expect(await fix('about.md', text, 'frontmatter/field', /private: true/)).toBe(text.replace('private: "true"', 'private: true'));
  });

  it('takes the did-you-mean of an unknown key, a misspelt flag, a journal.yml setting and a goal slug', async () => {
    const goal = journal.read('goals/first-blog-post.md').replace('status: active', 'statuss: active');
    expect(await fix('goals/first-blog-post.md', goal, 'frontmatter/unknown-key', /`status`/)).toBe(journal.read('goals/first-blog-post.md'));
    const about = journal.read('about.md').replace('title: About this journal', 'title: About this journal\nprivte: true');
    expect(await fix('about.md', about, 'frontmatter/unknown-key', /`private`/)).toBe(about.replace('privte', 'private'));
    const config = journal.read('journal.yml').replace('timezone:', 'timezon:');
    expect(await fix('journal.yml', config, 'config/unknown-key', /`timezone`/)).toBe(journal.read('journal.yml'));
    const week = journal.read('weeks/2026-W47.md').replace('#typescript-backend', '#typescript-backnd');
    expect(await fix('weeks/2026-W47.md', week, 'ref/unknown-goal', /#typescript-backend/)).toBe(journal.read('weeks/2026-W47.md'));
  });

  it('offers nothing where the fix is not certain', async () => {
    const text = journal.read('about.md').replace('title: About this journal', 'title: About this journal\nprivate: maybe\nzzzzzz: 1');
    const uri = await client.open(journal.path('about.md'), text);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => has('frontmatter/field')(d) && has('frontmatter/unknown-key')(d));
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, diagnostics);
    expect(actions).toEqual([]);
    await client.close(uri);
  });
});
