/** The session parse cache hands out the same parsed entries, frozen, and forgets parses no load asked for. */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CachedParse } from '../../src/cache/parse-cache.js';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { sessionParseCache } from '../../src/serve/session-cache.js';
import { planSite } from '../../src/site/build-site.js';
import { tempProject } from '../helpers/site.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';

const CONTENT = EXAMPLE_CONTENT;
const TODAY = '2026-11-24' as IsoDate;

describe('session parse cache', () => {
  it('gives the same frozen entries on the next load, and check and planning never change them', async () => {
    const project = await tempProject();
    await cp(CONTENT, join(project, 'content'), { recursive: true });
    const cache = sessionParseCache();
    const first = await loadJournal({ contentDir: 'content', cwd: project, today: TODAY, cache });
    cache.prune();
    const second = await loadJournal({ contentDir: 'content', cwd: project, today: TODAY, cache });
    expect(second.entries.size).toBeGreaterThan(10);
    for (const [path, entry] of second.entries) {
      expect(entry, path).toBe(first.entries.get(path));
      expect(Object.isFrozen(entry)).toBe(true);
    }
    const week = second.journal.weeks[0]!;
    expect(Object.isFrozen(week.tree.children[0])).toBe(true);
    expect(() => {
      (week as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    // Every stage after parsing works on the frozen entries (it would throw if it wrote to one).
    expect(() => planSite({ journal: second.journal, today: TODAY, includeDrafts: true, includePrivate: true })).not.toThrow();
  });

  it('reads a miss from the persistent cache behind it and writes new parses through', () => {
    const stored = new Map<string, CachedParse>();
    const backing = {
      keyOf: (path: string, text: string) => `${path}:${text}`,
      get: (key: string) => stored.get(key),
      set: (key: string, value: CachedParse) => void stored.set(key, value),
      save: async () => {},
    };
    stored.set('a.md:A', { entry: undefined, findings: [{ rule: 'file/name', message: 'from disk', severity: 'error' }] });
    const cache = sessionParseCache(backing);
    expect(cache.get(cache.keyOf('a.md', 'A', ''))?.findings[0]?.message).toBe('from disk');
    cache.set(cache.keyOf('b.md', 'B', ''), { entry: undefined, findings: [] });
    expect(stored.has('b.md:B')).toBe(true);
  });

  it('forgets parses that the last load did not ask for', () => {
    const cache = sessionParseCache();
    const old = cache.keyOf('a.md', 'old text', '');
    cache.set(old, { entry: undefined, findings: [] });
    cache.prune();
    const edited = cache.keyOf('a.md', 'new text', '');
    cache.set(edited, { entry: undefined, findings: [] });
    cache.prune();
    expect(cache.get(old)).toBeUndefined();
    expect(cache.get(edited)).toBeDefined();
  });
});
