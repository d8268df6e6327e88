/**
 * The parse cache changes nothing but speed: a cached run gives the same
 * journal model and the same findings as an uncached one, an edited file is
 * parsed again, and a damaged cache is ignored.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/workspace/parse-record.js';
import { openWorkspace } from '../../src/workspace/workspace.js';
import { loadJournal } from '../../src/journal.js';
import { listFindings } from '../../src/report/findings-list.js';
import { EXAMPLE_CONTENT, EXAMPLE_JOURNAL, FIXTURE_TODAY } from '../helpers/fixtures.js';
import { scratchFolders } from '../helpers/site.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'check');
const scratch = scratchFolders('logbook-cache-');

/** Load a content folder, with or without the cache, and keep what a user can see of the result. */
async function load(contentDir: string, cwd: string, cacheDir?: string) {
  const workspace = await openWorkspace(cacheDir === undefined ? { mode: 'off' } : { mode: 'disk', dir: cacheDir });
  const loaded = await loadJournal({ contentDir, cwd, today: FIXTURE_TODAY, workspace });
  await workspace.save();
  return { journal: loaded.journal, findings: listFindings(loaded.files) };
}

describe('the parse cache', () => {
  it('leaves the example journal exactly as parsed without it', async () => {
    const content = EXAMPLE_CONTENT;
    const cacheDir = join(await scratch(), 'cache');
    const uncached = await load(content, EXAMPLE_JOURNAL);
    const cold = await load(content, EXAMPLE_JOURNAL, cacheDir);
    const warm = await load(content, EXAMPLE_JOURNAL, cacheDir);
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
    expect(await readdir(cacheDir)).toEqual(['parsed-entries.bin']);
  });

  it('leaves every fixture journal exactly as parsed without it: same model, same findings', async () => {
    const cacheDir = join(await scratch(), 'cache');
    const names = (await readdir(fixtures)).sort();
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const contentDir = join(fixtures, name, 'content');
      const uncached = await load(contentDir, contentDir);
      expect(await load(contentDir, contentDir, cacheDir)).toEqual(uncached);
      expect(await load(contentDir, contentDir, cacheDir)).toEqual(uncached);
    }
  });

  it('parses an edited file again: a cached entry is never stale', async () => {
    const folder = await scratch();
    const contentDir = join(folder, 'content');
    await cp(EXAMPLE_CONTENT, contentDir, { recursive: true });
    const cacheDir = join(folder, 'cache');
    const before = await load(contentDir, folder, cacheDir);
    expect(before.findings.filter((finding) => finding.severity === 'error')).toEqual([]);

    const goal = join(contentDir, 'goals', 'typescript-backend.md');
    const text = await readFile(goal, 'utf8');
    await writeFile(goal, text.replace(/## Resources[\s\S]*?(?=\n## )/, '').replace(/^title: .*$/m, 'title: Renamed goal'));
    const after = await load(contentDir, folder, cacheDir);
    expect(after).toEqual(await load(contentDir, folder));
    expect(after.findings.some((finding) => finding.rule === 'goal/missing-section' && finding.file.endsWith('typescript-backend.md'))).toBe(true);
    expect(after.journal.goals.find((goal_) => goal_.slug === 'typescript-backend')?.title).toBe('Renamed goal');
  });

  it('keeps private and draft entries marked as they are', async () => {
    const folder = await scratch();
    const contentDir = join(folder, 'content');
    await cp(EXAMPLE_CONTENT, contentDir, { recursive: true });
    await writeFile(join(contentDir, 'secret.md'), '---\ntitle: Secret\nprivate: true\n---\n\nNot for the site.\n');
    await writeFile(join(contentDir, 'later.md'), '---\ntitle: Later\ndraft: true\n---\n\nNot yet.\n');
    const cacheDir = join(folder, 'cache');
    await load(contentDir, folder, cacheDir);
    const warm = await load(contentDir, folder, cacheDir);
    const pages = warm.journal.pages.map(({ title, private: hidden, draft }) => ({ title, hidden, draft }));
    expect(pages).toContainEqual({ title: 'Secret', hidden: true, draft: false });
    expect(pages).toContainEqual({ title: 'Later', hidden: false, draft: true });
  });

  it('ignores a damaged cache file and replaces it', async () => {
    const folder = await scratch();
    const cacheDir = join(folder, 'cache');
    const uncached = await load(EXAMPLE_CONTENT, EXAMPLE_JOURNAL);
    await load(EXAMPLE_CONTENT, EXAMPLE_JOURNAL, cacheDir);
    await writeFile(join(cacheDir, 'parsed-entries.bin'), 'not a cache');
    expect(await load(EXAMPLE_CONTENT, EXAMPLE_JOURNAL, cacheDir)).toEqual(uncached);
    expect((await readFile(join(cacheDir, 'parsed-entries.bin'))).length).toBeGreaterThan(1000);
  });

  it('ignores a cache file cut short or with a damaged record', async () => {
    const folder = await scratch();
    const cacheDir = join(folder, 'cache');
    const file = join(cacheDir, 'parsed-entries.bin');
    const uncached = await load(EXAMPLE_CONTENT, EXAMPLE_JOURNAL);
    await load(EXAMPLE_CONTENT, EXAMPLE_JOURNAL, cacheDir);
    const whole = await readFile(file);
    await writeFile(file, whole.subarray(0, whole.length - 100));
    expect(await load(EXAMPLE_CONTENT, EXAMPLE_JOURNAL, cacheDir)).toEqual(uncached);
    expect((await readFile(file)).length).toBe(whole.length);
    // The first record's head overwritten (the index before it left alone): that file is parsed again.
    let at = whole.indexOf('\n', whole.indexOf('\n') + 1) + 1; // after the format and fingerprint lines
    const count = whole.readUInt32LE(at);
    at += 4;
    for (let index = 0; index < count; index++) at += 1 + whole[at]! + 4;
    const damaged = Buffer.from(whole);
    damaged.fill(0xee, at + 4, at + 12);
    await writeFile(file, damaged);
    expect(await load(EXAMPLE_CONTENT, EXAMPLE_JOURNAL, cacheDir)).toEqual(uncached);
  });

  it('hands out copies, so a change to a returned entry never reaches the cache', async () => {
    const cache = (await openWorkspace({ mode: 'disk', dir: join(await scratch(), 'cache') })).parses!;
    const key = cache.keyOf('a.md', 'text', '{}');
    cache.put(key, encodeRecord({ entry: undefined, findings: [{ rule: 'file/too-complex', message: 'm', severity: 'error' }] }));
    cache.get(key)!.findings.pop();
    expect(cache.get(key)!.findings).toHaveLength(1);
    expect(cache.keyOf('a.md', 'text', '{"x":1}')).not.toBe(key);
    expect(cache.keyOf('b.md', 'text', '{}')).not.toBe(key);
    expect(cache.keyOf('a.md', 'text!', '{}')).not.toBe(key);
  });
});
