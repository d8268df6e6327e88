/**
 * Every case of the hostile corpus, run through `loadJournal`, through
 * `logbook check --format json` and through `logbook build`: the exact
 * findings, each at a place inside its file, within the bound, with no stack
 * trace, no secret from outside the folder in the journal or the site, a
 * build that writes the whole site or nothing (only into _site), and the
 * content folder byte-for-byte unchanged.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { listFindings } from '../../src/report/findings-list.js';
import { recordingIo } from '../helpers/io.js';
import { BOUND_MS, CASES } from './cases.js';
import { fingerprint, lineLengths, makeTempDir, writeFolder } from './journal-folder.js';
import { openWorkspace } from '../../src/workspace/workspace.js';
import { cpuMsSince, cpuStart } from '../helpers/cpu-time.js';

const TODAY = '2026-11-24' as IsoDate;
const root = makeTempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Set up a case: `<dir>/content` for the journal, `<dir>/outside` with a secret beside it. */
function setUp(index: number, files: (typeof CASES)[number]['files']) {
  const dir = join(root, String(index));
  const outside = join(dir, 'outside');
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'secret.md'), '---\ntitle: TOP-SECRET-OUTSIDE\n---\n# TOP-SECRET-OUTSIDE\n');
  writeFileSync(join(outside, 'journal.yml'), 'title: TOP-SECRET-OUTSIDE\n');
  const content = join(dir, 'content');
  writeFolder(content, files({ outside }));
  return { content, outside };
}

describe('hostile journals get findings, never crashes, hangs or leaks', () => {
  CASES.forEach((hostile, index) => {
    it(`${hostile.name} (bound ${BOUND_MS} ms of CPU; measured about ${hostile.measuredMs} ms)`, async () => {
      const { content, outside } = setUp(index, hostile.files);
      const before = fingerprint(content);
      const outsideBefore = fingerprint(outside);

      // CPU time, not wall time (see cpu-time.ts): the bound catches a hang or a blow-up, not a busy machine.
      const started = cpuStart();
      const loaded = await loadJournal({ contentDir: content, cwd: content, today: TODAY });
      const elapsed = cpuMsSince(started);
      if (process.env.HARDENING_TIMES) console.log(`${Math.round(elapsed)} ms  ${hostile.name}`);

      const records = listFindings(loaded.files);
      expect(records.map((r) => `${r.file}:${r.line} ${r.rule}`)).toEqual(hostile.expected);
      expect(elapsed).toBeLessThan(BOUND_MS);

      // Every finding lies inside its file (line 1 column 1 for a file that cannot be read as text).
      for (const record of records) {
        let text = '';
        try {
          text = readFileSync(join(content, record.file), 'utf8');
        } catch {
          // a link that leads outside, or a missing journal.yml: only 1:1 makes sense
        }
        const lines = lineLengths(text.replace(/^\uFEFF/, ''));
        expect(record.line, `${record.file}:${record.line}`).toBeGreaterThanOrEqual(1);
        expect(record.line, `${record.file}:${record.line}`).toBeLessThanOrEqual(lines.length);
        expect(record.column, `${record.file}:${record.line}:${record.column}`).toBeGreaterThanOrEqual(1);
        expect(record.column, `${record.file}:${record.line}:${record.column}`).toBeLessThanOrEqual(lines[record.line - 1]! + 1);
      }

      // Through the parse cache (written on the first run, read on the second) the findings are the same.
      const cacheDir = join(content, '..', 'cache');
      for (let run = 0; run < 2; run++) {
        const workspace = await openWorkspace({ mode: 'disk', dir: cacheDir });
        const cached = await loadJournal({ contentDir: content, cwd: content, today: TODAY, workspace });
        await workspace.save();
        expect(listFindings(cached.files).map((r) => `${r.file}:${r.line}:${r.column} ${r.rule}`), `run ${run}`).toEqual(
          records.map((r) => `${r.file}:${r.line}:${r.column} ${r.rule}`),
        );
      }
      rmSync(cacheDir, { recursive: true, force: true });

      // The parsed journal is plain data: it can be copied whole, and holds nothing from outside.
      const json = JSON.stringify(loaded.journal);
      if (hostile.secret) expect(json).not.toContain(hostile.secret);

      // The command line gives the same findings, an exit code and no stack trace.
      const io = recordingIo(content);
      const code = await main(['check', '--content', '.', '--format', 'json', '--today', TODAY], io);
      const printed = JSON.parse(io.out) as { file: string; line: number; rule: string }[];
      expect(printed.map((r) => `${r.file}:${r.line} ${r.rule}`)).toEqual(hostile.expected);
      expect(code).toBe(records.some((r) => r.severity === 'error') ? 1 : 0);
      expect(io.err).not.toMatch(/unexpected failure|\n\s+at /);

      // A build writes the site or nothing, only into _site, and leaves the journal alone.
      const dir = join(content, '..');
      const buildIo = recordingIo(dir);
      const built = await main(['build', '--content', 'content', '--today', TODAY], buildIo);
      expect(buildIo.err).not.toMatch(/unexpected failure|\n\s+at /);
      expect(built, buildIo.err).toBe(code === 0 ? 0 : 1);
      expect(readdirSync(dir).sort()).toEqual(built === 0 ? ['_site', 'content', 'outside'] : ['content', 'outside']);
      if (hostile.secret && built === 0) {
        for (const file of readdirSync(join(dir, '_site'), { recursive: true, encoding: 'utf8' })) {
          if (file.endsWith('.html') || file.endsWith('.xml')) expect(readFileSync(join(dir, '_site', file), 'utf8')).not.toContain(hostile.secret);
        }
      }

      expect(fingerprint(content)).toBe(before);
      expect(fingerprint(outside)).toBe(outsideBefore);
    });
  });
});
