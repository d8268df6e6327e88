/**
 * A parse record decodes to what was encoded: the same entry (plain data)
 * and findings, and the same tree, decoded only when `treeOf` first asks
 * for it; an entry can be frozen and serialised without touching its tree.
 */
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, type CachedParse } from '../../src/workspace/parse-record.js';
import { loadJournal } from '../../src/journal.js';
import { contentAt, itemAt, treeOf } from '../../src/model/trees.js';
import type { Goal, Week } from '../../src/model/types.js';
import { EXAMPLE_CONTENT, EXAMPLE_JOURNAL, FIXTURE_TODAY } from '../helpers/fixtures.js';

async function exampleEntries() {
  const loaded = await loadJournal({ contentDir: EXAMPLE_CONTENT, cwd: EXAMPLE_JOURNAL, today: FIXTURE_TODAY });
  return loaded.journal;
}

describe('a parse record', () => {
  it('decodes every entry of the example journal, with its findings and tree, to an equal copy', async () => {
    const journal = await exampleEntries();
    const entries = [...journal.goals, ...journal.weeks, ...journal.pages];
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      const parse: CachedParse = { entry, findings: [{ rule: 'goal/timebound', message: 'm', place: { line: 3, column: 4 }, severity: 'warning' }] };
      const decoded = decodeRecord(encodeRecord(parse));
      expect(decoded).toEqual(parse);
      expect(decoded.entry).not.toBe(entry);
      expect(treeOf(decoded.entry!)).toEqual(treeOf(entry));
      expect(JSON.parse(JSON.stringify(decodeRecord(encodeRecord(parse))))).toEqual(JSON.parse(JSON.stringify(parse)));
      expect(structuredClone(decodeRecord(encodeRecord(parse)))).toEqual(parse);
    }
    expect(decodeRecord(encodeRecord({ entry: undefined, findings: [] }))).toEqual({ entry: undefined, findings: [] });
  });

  it('decodes the tree only when asked for, once; the entry has no getters and can be frozen first', async () => {
    const journal = await exampleEntries();
    const week = journal.weeks.find((candidate) => candidate.reflectionPlace && candidate.whyNotPlace)!;
    expect(week).toBeDefined();
    let decodes = 0;
    const decoded = decodeRecord(encodeRecord({ entry: week, findings: [] }), (tree) => (decodes++, tree)).entry as Week;
    const accessors = Object.values(Object.getOwnPropertyDescriptors(decoded)).filter((descriptor) => descriptor.get !== undefined);
    expect(accessors).toEqual([]);
    Object.freeze(decoded);
    expect(structuredClone(decoded)).toEqual(week);
    expect(decodes).toBe(0);
    expect(contentAt(decoded, decoded.reflectionPlace)).toEqual(contentAt(week, week.reflectionPlace));
    expect(treeOf(decoded)).toBe(treeOf(decoded));
    expect(decodes).toBe(1);
  });

  it('finds a goal\'s sections and resources in its tree', async () => {
    const journal = await exampleEntries();
    const goal = journal.goals.find((candidate) => candidate.resources.length > 0)!;
    const decoded = decodeRecord(encodeRecord({ entry: goal, findings: [] })).entry as Goal;
    const first = contentAt(decoded, decoded.sections[0]!.place)[0]!;
    expect(treeOf(decoded).children).toContain(first);
    const resources = contentAt(decoded, decoded.sections.find((section) => section.id === 'resources')!.place);
    const item = itemAt(resources, decoded.resources[0]!.place);
    expect(item?.type).toBe('listItem');
    const resourceList = treeOf(decoded).children.filter((node) => node.type === 'list').flatMap((list) => (list.type === 'list' ? list.children : []));
    expect(resourceList).toContain(item);
  });

  it('gives a fresh copy each time', async () => {
    const journal = await exampleEntries();
    const record = encodeRecord({ entry: journal.pages[0], findings: [] });
    const a = decodeRecord(record).entry!;
    const b = decodeRecord(record).entry!;
    treeOf(a).children.pop();
    a.title = 'changed';
    expect(treeOf(b)).toEqual(treeOf(journal.pages[0]!));
    expect(b.title).toBe(journal.pages[0]!.title);
  });
});
