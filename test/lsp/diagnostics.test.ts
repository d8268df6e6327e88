/**
 * `logbook lsp` as an editor sees it: started as a child process, spoken
 * to over the protocol. Its diagnostics are `logbook check`'s findings
 * (same rules, severities, messages and places), from the editor's
 * unsaved text, and they follow edits across files.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { asRecords, checkJson, FIXTURE_TODAY, sortRecords, tempJournal, type TempJournal } from './journal.js';
import { LspClient, type Diagnostic } from './lsp-client.js';


let client: LspClient | undefined;
let journal: TempJournal | undefined;

afterEach(() => {
  client?.kill();
  client = undefined;
  journal?.remove();
  journal = undefined;
});

const has = (rule: string) => (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === rule);
const lacks = (rule: string) => (diagnostics: Diagnostic[]) => !diagnostics.some((diagnostic) => diagnostic.code === rule);

/** Put a few mistakes into the example journal, one per kind of file. */
function withMistakes(j: TempJournal): void {
  j.write('weeks/2026-W47.md', j.read('weeks/2026-W47.md').replace('#typescript-backend', '#typescript-backnd').replace('week: 2026-W47', 'week: 2026-W47\nprivte: true'));
  j.write('goals/first-blog-post.md', j.read('goals/first-blog-post.md').replace('## Resources', '## Sources').replace('status: active', 'status: activ'));
  j.write('journal.yml', `${j.read('journal.yml')}timezon: Europe/London\n`);
  j.write('about.md', `---\ntitle: About\nprivate: "true"\n---\n\n${j.read('about.md').replace(/^---[\s\S]*?---\n/, '')}`);
}

// A bound that only catches a hang (a diagnostic that never comes), never a slow machine.
describe('logbook lsp: diagnostics', { timeout: 60_000 }, () => {
  it('publishes the same findings as `logbook check --format json`, for every file, when the editor opens the workspace', async () => {
    journal = tempJournal();
    withMistakes(journal);
    const expected = await checkJson(journal);
    expect(new Set(expected.map((record) => record.rule)).size).toBeGreaterThanOrEqual(5);

    client = new LspClient(['--today', FIXTURE_TODAY]);
    const init = await client.initialize(journal.folder);
    expect(init.serverInfo?.name).toBe('logbook');
    const files = [...new Set(expected.map((record) => record.file))];
    await Promise.all(files.map((file) => client!.waitForDiagnostics(pathToFileURL(join(journal!.folder, file)).href)));
    // A request answered after the publications: every one sent with them has arrived.
    await client.hover(pathToFileURL(journal.path('about.md')).href, { line: 0, character: 0 });
    expect(asRecords(journal.folder, client.diagnostics)).toEqual(sortRecords(expected));
    for (const diagnostic of [...client.diagnostics.values()].flat()) expect(diagnostic.source).toBe('logbook');
  });

  it("checks the editor's unsaved text on open and on every change, as check would the saved file", async () => {
    journal = tempJournal();
    client = new LspClient(['--today', FIXTURE_TODAY]);
    await client.initialize(journal.folder);
    const week = journal.path('weeks/2026-W46.md');
    const original = journal.read('weeks/2026-W46.md');
    const unsaved = original.replace('## This week I intend to', '## This week I intend to\n- [ ] Something for #no-such-goal');
    const uri = await client.open(week, unsaved);
    const found = await client.waitForDiagnostics(uri, has('ref/unknown-goal'));

    // The same text saved and checked gives the same findings.
    journal.write('weeks/2026-W46.md', unsaved);
    const expected = (await checkJson(journal)).filter((record) => record.file === 'content/weeks/2026-W46.md');
    expect(asRecords(journal.folder, new Map([[uri, found]]))).toEqual(sortRecords(expected));

    // Typing the goal's name right clears it (an incremental change, as editors send).
    const line = unsaved.split('\n').findIndex((text) => text.includes('#no-such-goal'));
    const character = unsaved.split('\n')[line]!.indexOf('#no-such-goal');
    await client.edit(uri, { start: { line, character }, end: { line, character: character + '#no-such-goal'.length } }, '#first-blog-post');
    const fixed = await client.waitForDiagnostics(uri, lacks('ref/unknown-goal'), true);
    journal.write('weeks/2026-W46.md', unsaved.replace('#no-such-goal', '#first-blog-post'));
    const expectedFixed = (await checkJson(journal)).filter((record) => record.file === 'content/weeks/2026-W46.md');
    expect(asRecords(journal.folder, new Map([[uri, fixed]]))).toEqual(sortRecords(expectedFixed));
  });

  it('updates the weeks that refer to a goal when its file is deleted or renamed', async () => {
    journal = tempJournal();
    client = new LspClient(['--today', FIXTURE_TODAY]);
    await client.initialize(journal.folder);
    const weekUri = pathToFileURL(journal.path('weeks/2026-W47.md')).href;
    const goal = journal.path('goals/typescript-backend.md');
    // The example journal is clean: wait for the first check by opening the week.
    await client.open(journal.path('weeks/2026-W47.md'));

    rmSync(goal);
    await client.filesChanged([{ path: goal, type: 3 }]);
    const gone = await client.waitForDiagnostics(weekUri, has('ref/unknown-goal'));
    expect(gone.find((d) => d.code === 'ref/unknown-goal')!.message).toContain('typescript-backend');

    // Renamed to a near slug: the week's finding now suggests it.
    writeFileSync(join(journal.content, 'goals', 'typescript-backends.md'), journal.read('goals/first-blog-post.md'));
    await client.filesChanged([{ path: join(journal.content, 'goals', 'typescript-backends.md'), type: 1 }]);
    const renamed = await client.waitForDiagnostics(weekUri, (diagnostics) => diagnostics.some((d) => d.message.includes('did you mean `typescript-backends`')));
    expect(renamed.filter((d) => d.code === 'ref/unknown-goal')).toHaveLength(1);

    renameSync(join(journal.content, 'goals', 'typescript-backends.md'), goal);
    await client.filesChanged([
      { path: join(journal.content, 'goals', 'typescript-backends.md'), type: 3 },
      { path: goal, type: 1 },
    ]);
    await client.waitForDiagnostics(weekUri, lacks('ref/unknown-goal'), true);
  });

  it('updates a week when the goal it refers to is created in an unsaved editor buffer', async () => {
    journal = tempJournal();
    const goal = journal.path('goals/typescript-backend.md');
    const goalText = journal.read('goals/typescript-backend.md');
    rmSync(goal);
    client = new LspClient(['--today', FIXTURE_TODAY]);
    await client.initialize(journal.folder);
    const weekUri = pathToFileURL(journal.path('weeks/2026-W47.md')).href;
    await client.waitForDiagnostics(weekUri, has('ref/unknown-goal'));
    // Renaming in the editor: the new file exists only on disk once saved, but an open buffer counts.
    writeFileSync(goal, '');
    await client.filesChanged([{ path: goal, type: 1 }]);
    const goalUri = await client.open(goal, goalText);
    await client.waitForDiagnostics(weekUri, lacks('ref/unknown-goal'), true);
    await client.change(goalUri, goalText.replace('## Resources', '## Sources'));
    await client.waitForDiagnostics(goalUri, has('goal/missing-section'));
  });

  it('reads closed files again on every check when the editor cannot watch files', async () => {
    journal = tempJournal();
    client = new LspClient(['--today', FIXTURE_TODAY]);
    await client.initialize(journal.folder, { watchFiles: false });
    const weekUri = await client.open(journal.path('weeks/2026-W47.md'), journal.read('weeks/2026-W47.md').replace('#first-blog-post', '#first-blog-pst'));
    await client.waitForDiagnostics(weekUri, has('ref/unknown-goal'));
    // A goal changed on disk behind the editor's back (a git pull), with no word from the editor.
    const goal = 'goals/typescript-backend.md';
    journal.write(goal, journal.read(goal).replace('## Resources', '## Sources'));
    await client.change(weekUri, journal.read('weeks/2026-W47.md'));
    await client.waitForDiagnostics(pathToFileURL(journal.path(goal)).href, has('goal/missing-section'));
  });

  it('gives no diagnostics to files outside the journal folder', async () => {
    journal = tempJournal();
    mkdirSync(join(journal.folder, 'notes'));
    const outside = join(journal.folder, 'notes', 'todo.md');
    const readme = join(journal.folder, 'README.md');
    client = new LspClient(['--today', FIXTURE_TODAY]);
    await client.initialize(journal.folder);
    const outsideUri = await client.open(outside, '---\nprivte: "true"\n---\n- [ ] #nothing\n');
    const readmeUri = await client.open(readme, '---\nweek: nonsense\n---\n');
    // A journal file opened after them is answered; by then the others would have been too.
    const week = journal.read('weeks/2026-W47.md').replace('## This week I intend to', '## This week I intend to\n- [x] #nowhere');
    const weekUri = await client.open(journal.path('weeks/2026-W47.md'), week);
    await client.waitForDiagnostics(weekUri, has('ref/unknown-goal'));
    await client.hover(weekUri, { line: 0, character: 0 });
    expect(client.published.map((p) => p.uri)).not.toContain(outsideUri);
    expect(client.published.map((p) => p.uri)).not.toContain(readmeUri);
  });

  it('finds the journal when the workspace folder is the content folder itself', async () => {
    journal = tempJournal();
    journal.write('goals/first-blog-post.md', journal.read('goals/first-blog-post.md').replace('## Resources', '## Sources'));
    client = new LspClient(['--today', FIXTURE_TODAY]);
    await client.initialize(journal.content);
    const found = await client.waitForDiagnostics(pathToFileURL(journal.path('goals/first-blog-post.md')).href);
    expect(found.map((d) => d.code)).toContain('goal/missing-section');
  });

  it('survives half-typed files, logs only to stderr, and exits cleanly on shutdown', async () => {
    journal = tempJournal();
    client = new LspClient(['--today', FIXTURE_TODAY]);
    await client.initialize(journal.folder);
    const uri = await client.open(journal.path('weeks/2026-W46.md'));
    const halfTyped = ['---\nweek: "2026-W4', '---\nweek: 2026-W46\ntags: [a, \n', '---\n', '- [', '## This week I intend to\n- [ ] #', '\u0000\u0001', ''];
    for (const text of halfTyped) await client.change(uri, text);
    await client.change(uri, '---\nweek: 2026-W46\ntitle: [unclosed\n---\n');
    const broken = await client.waitForDiagnostics(uri, has('frontmatter/syntax'));
    expect(broken.length).toBeGreaterThan(0);
    // Still answering requests after all that.
    expect(await client.completion(uri, { line: 1, character: 0 })).toBeDefined();
    expect(await client.shutdown()).toBe(0);
    // Every half-typed text was checked as check would, none made a check fail.
    expect(client.stderr).toBe('');
  });

  it('takes the journal folder from --content, relative to the workspace folder', async () => {
    journal = tempJournal();
    renameSync(journal.content, join(journal.folder, 'my journal'));
    writeFileSync(join(journal.folder, 'my journal', 'about.md'), '---\ntitle: About\nprivate: "true"\n---\n\nHello.\n');
    client = new LspClient(['--content', 'my journal', '--today', FIXTURE_TODAY]);
    await client.initialize(journal.folder);
    const found = await client.waitForDiagnostics(pathToFileURL(join(journal.folder, 'my journal', 'about.md')).href);
    expect(found.map((d) => d.code)).toEqual(['frontmatter/field']);
  });

  it('says on stderr when the workspace holds no journal, and publishes nothing', async () => {
    journal = tempJournal();
    rmSync(journal.content, { recursive: true });
    client = new LspClient();
    await client.initialize(journal.folder);
    expect(await client.shutdown()).toBe(0);
    expect(client.stderr).toContain('no journal');
    expect(client.published).toEqual([]);
  });
});
