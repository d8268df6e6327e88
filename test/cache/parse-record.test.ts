/**
 * A parse record decodes to what was encoded: the same entry and findings,
 * nodes shared between an entry's trees still shared, each tree decoded
 * only when first read and then an ordinary property.
 */
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, type CachedParse } from '../../src/workspace/parse-record.js';
import { loadJournal } from '../../src/journal.js';
import type { Goal, Week } from '../../src/model/types.js';
import { EXAMPLE_CONTENT, EXAMPLE_JOURNAL, FIXTURE_TODAY } from '../helpers/fixtures.js';

async function exampleEntries() {
  const loaded = await loadJournal({ contentDir: EXAMPLE_CONTENT, cwd: EXAMPLE_JOURNAL, today: FIXTURE_TODAY });
  return loaded.journal;
}

const isAccessor = (holder: object, key: string) => typeof Object.getOwnPropertyDescriptor(holder, key)?.get === 'function';

describe('a parse record', () => {
  it('decodes every entry of the example journal, with its findings, to an equal copy', async () => {
    const journal = await exampleEntries();
    const entries = [...journal.goals, ...journal.weeks, ...journal.pages];
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      const parse: CachedParse = { entry, findings: [{ rule: 'goal/timebound', message: 'm', place: { line: 3, column: 4 }, severity: 'warning' }] };
      const decoded = decodeRecord(encodeRecord(parse));
      expect(decoded).toEqual(parse);
      expect(decoded.entry).not.toBe(entry);
      expect(JSON.parse(JSON.stringify(decodeRecord(encodeRecord(parse))))).toEqual(JSON.parse(JSON.stringify(parse)));
      expect(structuredClone(decodeRecord(encodeRecord(parse)))).toEqual(parse);
    }
    expect(decodeRecord(encodeRecord({ entry: undefined, findings: [] }))).toEqual({ entry: undefined, findings: [] });
  });

  it('decodes trees only when read, then keeps them as plain properties', async () => {
    const journal = await exampleEntries();
    const week = journal.weeks.find((candidate) => candidate.reflection && candidate.whyNot)!;
    expect(week).toBeDefined();
    const decoded = decodeRecord(encodeRecord({ entry: week, findings: [] })).entry as Week;
    expect(isAccessor(decoded, 'tree')).toBe(true);
    expect(isAccessor(decoded, 'reflection')).toBe(true);
    expect(decoded.intentions).toEqual(week.intentions);
    expect(isAccessor(decoded, 'tree')).toBe(true);
    expect(decoded.tree).toEqual(week.tree);
    expect(isAccessor(decoded, 'tree')).toBe(false);
    expect(decoded.tree).toBe(decoded.tree);
    // A tree can be replaced before it was ever read.
    const other = decodeRecord(encodeRecord({ entry: week, findings: [] })).entry as Week;
    other.reflection = [];
    expect(other.reflection).toEqual([]);
    expect(other.whyNot).toEqual(week.whyNot);
  });

  it('keeps nodes shared between a goal\'s trees shared', async () => {
    const journal = await exampleEntries();
    const goal = journal.goals.find((candidate) => candidate.resources.length > 0)!;
    expect(goal.sections[0]!.content[0]).toBe(goal.tree.children.find((node) => node === goal.sections[0]!.content[0]));
    const decoded = decodeRecord(encodeRecord({ entry: goal, findings: [] })).entry as Goal;
    expect(isAccessor(decoded.sections[0]!, 'content')).toBe(true);
    const first = decoded.sections[0]!.content[0]!;
    expect(decoded.tree.children).toContain(first);
    const resourceList = decoded.tree.children.filter((node) => node.type === 'list').flatMap((list) => (list.type === 'list' ? list.children : []));
    expect(resourceList).toContain(decoded.resources[0]!.node);
  });

  it('gives a fresh copy each time', async () => {
    const journal = await exampleEntries();
    const record = encodeRecord({ entry: journal.pages[0], findings: [] });
    const a = decodeRecord(record).entry!;
    const b = decodeRecord(record).entry!;
    a.tree.children.pop();
    a.title = 'changed';
    expect(b.tree).toEqual(journal.pages[0]!.tree);
    expect(b.title).toBe(journal.pages[0]!.title);
  });
});
