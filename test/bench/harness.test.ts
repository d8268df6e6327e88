/**
 * The benchmark harness runs end to end at its smallest size and writes a
 * table with one row per task, and the parse-phase table. Timings are never
 * asserted: speed is measured by `npm run bench`, not in tests. The peers
 * (Astro, Hugo, markdownlint-cli2) are left out with --no-peers: they would
 * be installed from the network on first use.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TASKS = [
  'read + write floor',
  'plain Eleventy 3 (markdown-it)',
  'logbook check, cold',
  'logbook check, warm',
  'logbook build, cold',
  'logbook build, cold, no social images',
  'logbook build, warm',
];

describe('npm run bench --quick --no-peers', () => {
  let folder: string | undefined;
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('writes a table with a row for every task at 100 files', async () => {
    folder = await mkdtemp(join(tmpdir(), 'logbook-bench-test-'));
    const out = join(folder, 'latest.md');
    const { stdout } = await run(process.execPath, ['bench/run.mjs', '--quick', '--no-peers', '--out', out]);
    const table = await readFile(out, 'utf8');
    expect(stdout).toContain(table.trim());
    expect(table).toMatch(/^\| files \| task \|.*\| peak RSS \| ÷ plain Eleventy \| ÷ Astro default \| ÷ markdownlint-cli2 \| ÷ floor \| left \|$/m);
    for (const task of TASKS) {
      // Without peers there is nothing to divide by: the Astro and markdownlint-cli2 columns hold a dash.
      expect(table).toMatch(new RegExp(`^\\| 100 \\| ${task.replace(/[()+]/g, '\\$&')} \\| 1 \\| [0-9.]+ s \\| [0-9.]+ s \\| [0-9,]+ \\| [0-9]+ MiB \\| [0-9.]+ × \\| – \\| – \\| [0-9.]+ × \\| [0-9]+ \\|$`, 'm'));
    }
    // The parse phase of the cold build against the parser alone, and the start-up, from LOGBOOK_TRACE.
    expect(table).toMatch(/^\| 100 \| [0-9,]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ s \| [0-9.]+ s \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ × \| [0-9.]+ s \|$/m);
    expect(table.match(/^\| 100 \|/gm)).toHaveLength(TASKS.length + 1);
  }, 300_000);
});
