/**
 * Save-to-reloaded-page latency of `logbook serve`: for the example journal
 * and a generated 1,000-file journal, start serve in this process, keep a
 * live-reload connection open as a browser tab would, save an edit to one
 * weekly log, and time until the reloaded page has the edit. Medians of
 * several saves. Writes bench-results/serve-latency.md.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveJournal } from '../dist/serve/serve-journal.js';
import { BENCH_TODAY, generateJournal } from './generate-journal.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const SAVES = quick ? 2 : 5;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function waitForReload(reader) {
  const decoder = new TextDecoder();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('event stream closed');
    if (decoder.decode(value).includes('event: reload')) return;
  }
}

async function measure(name, prepare, weekPath, pageUrlPath) {
  const project = await mkdtemp(join(tmpdir(), 'logbook-bench-serve-'));
  try {
    await prepare(join(project, 'content'));
    const started = performance.now();
    const session = await serveJournal({ contentDir: 'content', cwd: project, host: '127.0.0.1', port: 0, today: BENCH_TODAY });
    const startup = performance.now() - started;
    const events = await fetch(new URL('/__logbook/events', session.url));
    const reader = events.body.getReader();
    await reader.read();
    const file = join(project, 'content', weekPath);
    const original = await readFile(file, 'utf8');
    const times = [];
    for (let save = 1; save <= SAVES; save++) {
      const marker = `Edited for the benchmark, save ${save}.`;
      const saved = performance.now();
      await writeFile(file, `${original}\n${marker}\n`);
      // As a browser tab does: reload on every event until the page shows the edit (an update that
      // began before the save, or read it half-written, is followed by another).
      for (let reloads = 1; ; reloads++) {
        await waitForReload(reader);
        const html = await (await fetch(session.url + pageUrlPath)).text();
        if (html.includes(marker)) break;
        if (reloads === 10) throw new Error(`the reloaded page lacks the edit (${name}, save ${save})`);
      }
      times.push(performance.now() - saved);
    }
    await reader.cancel();
    await session.close();
    return { name, startup, median: median(times), min: Math.min(...times), max: Math.max(...times) };
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}

const rows = [];
rows.push(await measure('example journal (17 files)', (dir) => cp(join(ROOT, 'content'), dir, { recursive: true }), 'weeks/2026-W47.md', 'weeks/2026-W47/'));
rows.push(
  await measure(
    'generated, 1,000 files',
    async (dir) => {
      await mkdir(dir, { recursive: true });
      await generateJournal(dir, 1000);
    },
    'weeks/2026/2026-W47.md',
    'weeks/2026-W47/',
  ),
);

const table = [
  `Save → reloaded page in \`logbook serve\` (median of ${SAVES} saves; ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores)`,
  '',
  '| journal | first build | save → reloaded page (median) | min | max |',
  '|---|---|---|---|---|',
  ...rows.map((row) => `| ${row.name} | ${Math.round(row.startup)} ms | ${Math.round(row.median)} ms | ${Math.round(row.min)} ms | ${Math.round(row.max)} ms |`),
  '',
].join('\n');
process.stdout.write(`${table}\n`);
await mkdir(join(ROOT, 'bench-results'), { recursive: true });
await writeFile(join(ROOT, 'bench-results', 'serve-latency.md'), table);
