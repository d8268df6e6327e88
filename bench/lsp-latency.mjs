/**
 * Change → diagnostics latency of `logbook lsp` at 1,000 files: start the
 * server as an editor does (a child process spoken to over stdio), open a
 * weekly log, then send changes, each naming a different unknown goal, and
 * time from sending each change to the diagnostics that name it. Medians of
 * many changes; the server's peak memory (resident set) from /proc. Writes
 * bench-results/lsp-latency.md. Targets: 50 ms median, under 300 MB.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { BENCH_TODAY, generateJournal } from './generate-journal.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const CHANGES = quick ? 10 : 40;
const FILES = 1000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Peak and current resident memory of a process, in MB (Linux; undefined elsewhere). */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(status.split('\n').find((line) => line.startsWith(`${name}:`))?.split(/\s+/)[1]) / 1024;
    return { peak: field('VmHWM'), now: field('VmRSS') };
  } catch {
    return undefined;
  }
}

const project = await mkdtemp(join(tmpdir(), 'logbook-bench-lsp-'));
const child = spawn(process.execPath, [join(ROOT, 'bin', 'logbook.js'), 'lsp', '--stdio', '--today', BENCH_TODAY], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
try {
  const content = join(project, 'content');
  await mkdir(content, { recursive: true });
  await generateJournal(content, FILES);

  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }) => {
    for (const [marker, resolve] of waiting) {
      if (diagnostics.some((diagnostic) => diagnostic.message.includes(marker))) {
        waiting.delete(marker);
        resolve(performance.now());
      }
    }
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const diagnosticsNaming = (marker) => new Promise((resolve) => waiting.set(marker, resolve));

  const started = performance.now();
  const rootUri = pathToFileURL(project).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
  await connection.sendNotification('initialized', {});
  const path = join(content, 'weeks', '2026', '2026-W47.md');
  const uri = pathToFileURL(path).href;
  const original = await readFile(path, 'utf8');
  const withRef = (marker) => original.replace(/(\n- \[[ x]\] )/, `$1Look at #${marker} `);

  const first = diagnosticsNaming('bench-goal-0');
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: withRef('bench-goal-0') } });
  await first;
  const startup = performance.now() - started;

  const times = [];
  for (let change = 1; change <= CHANGES; change++) {
    const marker = `bench-goal-${change}`;
    const answered = diagnosticsNaming(marker);
    const sent = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: change + 1 }, contentChanges: [{ text: withRef(marker) }] });
    times.push((await answered) - sent);
    if (process.env.BENCH_VERBOSE) process.stderr.write(`${Math.round(times.at(-1))} `);
  }
  const memory = memoryOf(child.pid);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');

  const mb = (value) => (value === undefined ? 'n/a' : `${Math.round(value)} MB`);
  const table = [
    `Change → diagnostics in \`logbook lsp\` (${CHANGES} changes to one weekly log; ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores)`,
    '',
    '| journal | first check (start → first diagnostics) | change → diagnostics (median) | min | max | peak memory (RSS) |',
    '|---|---|---|---|---|---|',
    `| generated, ${FILES.toLocaleString('en')} files | ${Math.round(startup)} ms | ${Math.round(median(times))} ms | ${Math.round(Math.min(...times))} ms | ${Math.round(Math.max(...times))} ms | ${mb(memory?.peak)} |`,
    '',
    'Targets: 50 ms median, under 300 MB.',
    '',
  ].join('\n');
  process.stdout.write(`${table}\n`);
  await mkdir(join(ROOT, 'bench-results'), { recursive: true });
  await writeFile(join(ROOT, 'bench-results', 'lsp-latency.md'), table);
} finally {
  connection.dispose();
  if (child.exitCode === null) child.kill();
  await rm(project, { recursive: true, force: true });
}
