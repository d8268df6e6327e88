/** Helpers for fixture journals: load one and list its findings as plain lines. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { listFindings } from '../../src/report/findings-list.js';

/**
 * A frozen copy of the example journal the repository ships, taken for the
 * tests: a learner replaces `content/` with their own journal, so no test
 * may read it. This folder holds `content/` like every other fixture.
 */
export const EXAMPLE_JOURNAL = fileURLToPath(new URL('../fixtures/example-journal/', import.meta.url));

/** The example journal's content folder (see `EXAMPLE_JOURNAL`). */
export const EXAMPLE_CONTENT = join(EXAMPLE_JOURNAL, 'content');

/** The date every fixture is checked on, unless a test says otherwise. */
export const FIXTURE_TODAY = '2026-11-24' as IsoDate;

/** Load a fixture's `content/` folder, with paths relative to that folder. */
export async function loadFixture(dir: string, today: IsoDate = FIXTURE_TODAY) {
  const contentDir = join(dir, 'content');
  return loadJournal({ contentDir, cwd: contentDir, today });
}

/** One line per finding: `path:line:column severity rule`. */
export function findingLines(files: Parameters<typeof listFindings>[0]): string[] {
  return listFindings(files).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}`);
}
