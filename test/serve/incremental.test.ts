/**
 * `serve` takes shortcuts on every save (files the watcher did not name are
 * not read again, parses and renderings are kept for the session, only
 * pages whose data changed are laid out again). After each kind of change
 * a learner makes, the preview must be exactly what a full rebuild from
 * scratch gives: same files, same bytes, same findings.
 */
import { cp, mkdir, readdir, readFile, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasFailures } from '../../src/findings/finding.js';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { listFindings } from '../../src/report/findings-list.js';
import { updatePreview } from '../../src/serve/preview-site.js';
import { serveJournal, type ServeSession, type ServeUpdate } from '../../src/serve/serve-journal.js';
import { LAYOUTS_DIR } from '../../src/site/build-site.js';
import { tempProject } from '../helpers/site.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';

const CONTENT = EXAMPLE_CONTENT;
const TODAY = '2026-11-24' as IsoDate;

/** Every file under a folder, by relative path. */
async function filesOf(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split('\\').join('/'), await readFile(path, 'utf8'));
  }
  return files;
}

/** How long without an update before a difference from the full rebuild counts (see expectSameAsFullRebuild). */
const QUIET_MS = 30_000;

describe('serve after each kind of change equals a full rebuild', () => {
  let project: string;
  let contentDir: string;
  let layoutsDir: string;
  let session: ServeSession;
  let last: ServeUpdate | undefined;

  /** Make a change through the file system, as an editor would, and wait for serve's first update after it. */
  async function change(make: () => Promise<void>): Promise<void> {
    const updated = session.nextUpdate();
    await make();
    last = await updated;
  }

  /**
   * A change made in several steps (a rename, then a write) may reach serve in
   * more than one burst, and on a busy machine the next burst can come
   * seconds later. So until the preview equals a full rebuild, wait for
   * serve's next update; the comparison's own failure is reported once no
   * update has come for 30 s (a bound far above any burst, there only so that
   * a real difference fails with its diff instead of the test's time-out).
   */
  async function expectSameAsFullRebuild(): Promise<void> {
    for (;;) {
      const next = session.nextUpdate();
      try {
        await compareWithFullRebuild();
        return;
      } catch (difference) {
        let timer: NodeJS.Timeout | undefined;
        const quiet = new Promise<undefined>((resolveQuiet) => (timer = setTimeout(resolveQuiet, QUIET_MS)));
        const more = await Promise.race([next, quiet]);
        clearTimeout(timer);
        if (!more) throw difference;
        last = more;
      }
    }
  }

  /** Build the preview from scratch (no cache, no earlier pages) and compare. */
  async function compareWithFullRebuild(): Promise<void> {
    const loaded = await loadJournal({ contentDir: 'content', cwd: project, today: TODAY });
    expect(last?.failure).toBeUndefined();
    expect(last?.findings).toEqual(listFindings(loaded.files));
    if (hasFailures(loaded.files)) {
      expect(last?.built).toBe(false);
      return;
    }
    expect(last?.built).toBe(true);
    const reference = join(project, `reference-${Math.random().toString(36).slice(2)}`);
    await mkdir(reference);
    await updatePreview({ journal: loaded.journal, today: loaded.today, contentRoot: loaded.root, siteDir: reference, layoutsDir });
    const [served, rebuilt] = await Promise.all([filesOf(session.siteDir), filesOf(reference)]);
    expect([...served.keys()].sort()).toEqual([...rebuilt.keys()].sort());
    for (const [path, text] of rebuilt) expect(served.get(path), path).toBe(text);
    await rm(reference, { recursive: true, force: true });
  }

  const file = (path: string) => join(contentDir, path);
  const edit = async (path: string, replace: (text: string) => string) => writeFile(file(path), replace(await readFile(file(path), 'utf8')));
  /** Save as many editors do: write a temporary file beside it, then rename it over the original. */
  const saveAtomically = async (path: string, replace: (text: string) => string) => {
    const text = replace(await readFile(file(path), 'utf8'));
    const temporary = `${file(path)}.tmp~`;
    await writeFile(temporary, text);
    await rename(temporary, file(path));
  };

  beforeAll(async () => {
    project = await tempProject('logbook-serve-incremental-');
    contentDir = join(project, 'content');
    layoutsDir = join(project, 'layouts');
    await cp(CONTENT, contentDir, { recursive: true });
    await cp(LAYOUTS_DIR, layoutsDir, { recursive: true });
    await mkdir(join(contentDir, 'pages', 'notes'), { recursive: true });
    await writeFile(join(contentDir, 'pages', 'notes', 'sql.md'), '# SQL notes\n\nJoins, indexes and #typescript-backend; see [HTTP](http.md).\n');
    await writeFile(join(contentDir, 'pages', 'notes', 'http.md'), '# HTTP notes\n\nStatus codes; see [SQL](sql.md).\n');
    session = await serveJournal({ contentDir: 'content', cwd: project, host: '127.0.0.1', port: 0, today: TODAY, layoutsDir });
  });

  afterAll(async () => {
    await session?.close();
    await rm(project, { recursive: true, force: true });
  });

  it('starts equal', async () => {
    last = await session.refresh();
    await expectSameAsFullRebuild();
  });

  it('after an edit to a week saved in place', async () => {
    await change(() => edit('weeks/2026-W47.md', (text) => text.replace('## This week I intend to\n', '## This week I intend to\n- [x] Water the tomatoes #first-blog-post\n')));
    await expectSameAsFullRebuild();
  });

  it('after saves that replace the file (temporary file renamed over it), then one in place', async () => {
    await change(() => saveAtomically('weeks/2026-W46.md', (text) => `${text}\nA first atomic save.\n`));
    await expectSameAsFullRebuild();
    await change(() => saveAtomically('weeks/2026-W46.md', (text) => `${text}\nA second atomic save.\n`));
    await expectSameAsFullRebuild();
    await change(() => edit('weeks/2026-W46.md', (text) => `${text}\nThen saved in place.\n`));
    await expectSameAsFullRebuild();
    expect(await readFile(join(session.siteDir, 'weeks', '2026-W46', 'index.html'), 'utf8')).toContain('Then saved in place.');
  });

  it('after a new week in a new folder', async () => {
    await change(async () => {
      await mkdir(file('weeks/2026-late'));
      await writeFile(file('weeks/2026-late/2026-W48.md'), '## This week I intend to\n- [ ] Read about indexes #typescript-backend\n');
    });
    await expectSameAsFullRebuild();
    await change(() => edit('weeks/2026-late/2026-W48.md', (text) => text.replace('Read about indexes', 'Read about B-tree indexes')));
    await expectSameAsFullRebuild();
  });

  it('after a week is renamed and a note deleted', async () => {
    await change(() => rename(file('weeks/2026-late/2026-W48.md'), file('weeks/2026-late/2026-W49.md')));
    await expectSameAsFullRebuild();
    await change(() => unlink(file('pages/notes/http.md')));
    await expectSameAsFullRebuild();
  });

  it('after a folder is renamed, then deleted', async () => {
    await change(() => rename(file('pages/notes'), file('pages/reading')));
    await expectSameAsFullRebuild();
    await change(() => edit('pages/reading/sql.md', (text) => `${text}\nEdited after the folder moved.\n`));
    await expectSameAsFullRebuild();
    await change(() => rm(file('weeks/2026-late'), { recursive: true }));
    await expectSameAsFullRebuild();
  });

  it("after a goal's front matter makes it private, and public again", async () => {
    const goal = 'goals/informational-interviews.md';
    const before = await readFile(file(goal), 'utf8');
    await change(() => writeFile(file(goal), before.replace(/^---\n/, '---\nprivate: true\n')));
    await expectSameAsFullRebuild();
    await change(() => writeFile(file(goal), before));
    await expectSameAsFullRebuild();
  });

  it('after an error is saved and then fixed', async () => {
    const goal = 'goals/first-blog-post.md';
    const good = await readFile(file(goal), 'utf8');
    await change(() => writeFile(file(goal), good.replace(/^title: .*$/m, 'title: [half typed')));
    await expectSameAsFullRebuild();
    await change(() => writeFile(file(goal), good));
    await expectSameAsFullRebuild();
  });

  it('after journal.yml, an asset and a linked file change', async () => {
    await change(() => edit('journal.yml', (text) => text.replace("Maya's learning journal", "Maya's journal")));
    await expectSameAsFullRebuild();
    await change(() => writeFile(file('assets/notes.txt'), 'An asset.\n'));
    await expectSameAsFullRebuild();
    await change(() => writeFile(file('assets/notes.txt'), 'An asset, changed.\n'));
    await expectSameAsFullRebuild();
    await change(() => unlink(file('assets/notes.txt')));
    await expectSameAsFullRebuild();
    await change(async () => {
      await writeFile(file('pages/target.md'), '# Target\n\nFirst text.\n');
      await symlink(file('pages/target.md'), file('pages/linked.md'));
    });
    await expectSameAsFullRebuild();
    // Only the target is named by the watcher; the link's page must follow it all the same.
    await change(() => writeFile(file('pages/target.md'), '# Target\n\nSecond text.\n'));
    await expectSameAsFullRebuild();
    expect(await readFile(join(session.siteDir, 'linked', 'index.html'), 'utf8')).toContain('Second text.');
  });

  it('after a layout changes', async () => {
    const base = 'base.njk';
    await change(async () => writeFile(join(layoutsDir, base), `${await readFile(join(layoutsDir, base), 'utf8')}\n<!-- changed layout -->\n`));
    await expectSameAsFullRebuild();
    const home = await readFile(join(session.siteDir, 'index.html'), 'utf8');
    expect(home).toContain('changed layout');
  });

  it('after a layout changes while the journal has an error, once the error is fixed', async () => {
    const goal = 'goals/first-blog-post.md';
    const good = await readFile(file(goal), 'utf8');
    await change(() => writeFile(file(goal), good.replace(/^title: .*$/m, 'title: [half typed')));
    await change(async () => writeFile(join(layoutsDir, 'base.njk'), `${await readFile(join(layoutsDir, 'base.njk'), 'utf8')}\n<!-- changed while broken -->\n`));
    expect(last?.built).toBe(false);
    await change(() => writeFile(file(goal), good));
    await expectSameAsFullRebuild();
    expect(await readFile(join(session.siteDir, 'index.html'), 'utf8')).toContain('changed while broken');
  });
});
