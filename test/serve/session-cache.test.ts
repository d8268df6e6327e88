/** A `serve` session's workspace hands out the same parsed entries, frozen, and forgets parses no update asked for. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJournal } from '../../src/journal.js';
import { treeOf } from '../../src/model/trees.js';
import type { IsoDate } from '../../src/model/types.js';
import { planSite } from '../../src/site/build-site.js';
import { encodeRecord } from '../../src/workspace/parse-record.js';
import { openWorkspace } from '../../src/workspace/workspace.js';
import { tempProject } from '../helpers/site.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';

const CONTENT = EXAMPLE_CONTENT;
const TODAY = '2026-11-24' as IsoDate;

describe('the workspace of a serve session', () => {
  it('gives the same frozen entries on the next load, and check and planning never change them', async () => {
    const project = await tempProject();
    await cp(CONTENT, join(project, 'content'), { recursive: true });
    const workspace = await openWorkspace({ mode: 'memory' });
    const first = await loadJournal({ contentDir: 'content', cwd: project, today: TODAY, workspace });
    workspace.prune();
    const second = await loadJournal({ contentDir: 'content', cwd: project, today: TODAY, workspace });
    expect(second.entries.size).toBeGreaterThan(10);
    for (const [path, entry] of second.entries) {
      expect(entry, path).toBe(first.entries.get(path));
      expect(Object.isFrozen(entry)).toBe(true);
    }
    const week = second.journal.weeks[0]!;
    expect(Object.isFrozen(treeOf(week).children[0])).toBe(true);
    expect(() => {
      (week as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    // Every stage after parsing works on the frozen entries (it would throw if it wrote to one).
    expect(() => planSite({ journal: second.journal, today: TODAY, includeDrafts: true, includePrivate: true, workspace })).not.toThrow();
  });

  it('reads a miss from the disk behind it and writes new parses through when saved', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logbook-workspace-'));
    try {
      const disk = await openWorkspace({ mode: 'disk', dir });
      const key = disk.parses!.keyOf('a.md', 'A', '');
      disk.parses!.put(key, encodeRecord({ entry: undefined, findings: [{ rule: 'file/name', message: 'from disk', severity: 'error' }] }));
      await disk.save();
      const session = await openWorkspace({ mode: 'memory', dir });
      expect(session.parses!.get(session.parses!.keyOf('a.md', 'A', ''))?.findings[0]?.message).toBe('from disk');
      session.parses!.put(session.parses!.keyOf('b.md', 'B', ''), encodeRecord({ entry: undefined, findings: [] }));
      await session.save();
      const after = await openWorkspace({ mode: 'disk', dir });
      expect(after.parses!.get(after.parses!.keyOf('b.md', 'B', ''))).toBeDefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('forgets parses that the last update did not ask for', async () => {
    const { parses, prune } = await openWorkspace({ mode: 'memory' });
    const old = parses!.keyOf('a.md', 'old text', '');
    parses!.put(old, encodeRecord({ entry: undefined, findings: [] }));
    prune();
    const edited = parses!.keyOf('a.md', 'new text', '');
    parses!.put(edited, encodeRecord({ entry: undefined, findings: [] }));
    prune();
    expect(parses!.get(old)).toBeUndefined();
    expect(parses!.get(edited)).toBeDefined();
  });
});
