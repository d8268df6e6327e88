/**
 * Property tests: for random journals and random Markdown, checking never
 * throws, every finding has a rule and a place inside its file, the parsed
 * journal is plain data, and the content folder is left as it was.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { loadJournal } from '../../src/journal.js';
import { defaultTemplate } from '../../src/model/default-template.js';
import type { ContentPath, IsoDate } from '../../src/model/types.js';
import { parseEntry } from '../../src/parse/parse-entry.js';
import { listFindings, type FindingRecord } from '../../src/report/findings-list.js';
import { fingerprint, lineLengths, makeTempDir, writeFolder } from './journal-folder.js';
import { markdownFile, randomJournal } from './random-journal.js';

const root = makeTempDir('logbook-property-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Why a finding's place is not inside its text, or `undefined` when it is. */
function misplaced(record: Pick<FindingRecord, 'line' | 'column'>, text: string): string | undefined {
  const lines = lineLengths(text);
  if (!Number.isInteger(record.line) || record.line < 1 || record.line > lines.length) return `line ${record.line} of ${lines.length}`;
  const length = lines[record.line - 1]!;
  if (!Number.isInteger(record.column) || record.column < 1 || record.column > length + 1) {
    return `column ${record.column} on line ${record.line} of length ${length}`;
  }
  return undefined;
}

describe('random Markdown files', () => {
  for (const [kind, path] of [
    ['goal', 'goals/random.md'],
    ['week', 'weeks/2026-W10.md'],
    ['page', 'pages/random.md'],
  ] as const) {
    it(`as a ${kind}: parsing never throws and every finding lies inside the file`, () => {
      fc.assert(
        fc.property(markdownFile, (text) => {
          const file = new VFile({ path, value: text.replace(/^\uFEFF/, '') });
          file.data.contentPath = path as ContentPath;
          const entry = parseEntry(file, defaultTemplate);
          expect(() => JSON.stringify(entry)).not.toThrow();
          for (const message of file.messages) {
            expect(RULES.map((rule) => rule.id)).toContain(message.ruleId);
            const problem = misplaced({ line: message.line ?? 0, column: message.column ?? 0 }, String(file.value));
            expect(problem, `${message.ruleId} ${message.reason}`).toBeUndefined();
          }
        }),
        { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
      );
    });
  }
});

describe('random journals', () => {
  it('check never throws, every finding lies inside its file, the folder is unchanged', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(randomJournal, async (spec) => {
        const content = join(root, String(run++), 'content');
        writeFolder(content, spec);
        const before = fingerprint(content);
        const loaded = await loadJournal({ contentDir: content, cwd: content, today: '2026-03-11' as IsoDate });
        expect(() => JSON.stringify(loaded.journal)).not.toThrow();
        for (const record of listFindings(loaded.files)) {
          expect(RULES.map((rule) => rule.id)).toContain(record.rule);
          expect(record.message.length).toBeGreaterThan(0);
          let text = '';
          try {
            text = readFileSync(join(content, record.file), 'utf8').replace(/^\uFEFF/, '');
          } catch {
            // journal.yml may be missing: a finding at 1:1 of the file it should be
          }
          expect(misplaced(record, text), `${record.file}:${record.line}:${record.column} ${record.rule}`).toBeUndefined();
        }
        expect(fingerprint(content)).toBe(before);
      }),
      { numRuns: Math.ceil(Number(process.env.PROPERTY_RUNS ?? 300) / 5) },
    );
  });
});
