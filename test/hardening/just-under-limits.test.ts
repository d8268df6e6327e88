/**
 * Files just under each screening limit pass the check and then must also
 * survive the rest: the site renders them (no stack overflow turning a deep
 * tree into HTML) and the whole build stays within a bound. The files one
 * step over each limit get `file/too-complex` (see cases.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { LIMITS, screenMarkdown } from '../../src/parse/screen.js';
import { recordingIo } from '../helpers/io.js';
import { makeTempDir, writeFolder } from './journal-folder.js';
import { cpuMsSince, cpuStart } from '../helpers/cpu-time.js';

/** The whole build of these files took about 4 s on the 2-core test machine (load average 6). */
const BUILD_BOUND_MS = 30_000;

const depth = LIMITS.maxNesting;
const FILES: Record<string, string> = {
  'pages/nested-quotes.md': `${'> '.repeat(depth)}deep\n`,
  'pages/nested-lists.md': Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'),
  'pages/lists-in-quotes.md': Array.from({ length: depth / 2 }, (_, i) => `> ${'  '.repeat(i)}- level ${i + 1}`).join('\n'),
  'pages/mixed-containers.md': `${'> - '.repeat(depth / 2)}deep\n`,
  // Nested emphasis, as deep as the marker budget of one paragraph allows.
  'pages/nested-emphasis.md': `${'*_'.repeat(LIMITS.maxMarkersPerParagraph / 4)}x${'_*'.repeat(LIMITS.maxMarkersPerParagraph / 4)}\n`,
  'pages/nested-links.md': `${'[a '.repeat(LIMITS.maxMarkersPerParagraph / 4)}x${'](u)'.repeat(LIMITS.maxMarkersPerParagraph / 4)}\n`,
  'pages/many-items.md': Array.from({ length: LIMITS.maxListItems }, (_, i) => `- item ${i} with *some* \`code\``).join('\n'),
  'pages/big-table.md': `|${' a |'.repeat(10)}\n|${'---|'.repeat(10)}\n${`|${' b |'.repeat(10)}\n`.repeat(Math.floor(LIMITS.maxPipes / 11) - 3)}`,
  'pages/nested-html.md': `${'<div>'.repeat(LIMITS.maxHtmlNesting)}inside${'</div>'.repeat(LIMITS.maxHtmlNesting)}\n`,
  'pages/long-prose.md': 'Plain prose about learning, one sentence after another.\n\n'.repeat(Math.floor(LIMITS.maxChars / 57)),
};

describe('files just under every limit', () => {
  const root = makeTempDir('logbook-under-limits-');
  const project = join(root, 'project');
  let code: number;
  let err: string;
  let elapsed: number;
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  beforeAll(async () => {
    writeFolder(join(project, 'content'), { 'journal.yml': 'title: Under the limits\nallowHtml: true\n', ...FILES });
    const io = recordingIo(project);
    const started = cpuStart();
    code = await main(['build', '--today', '2026-11-24'], io);
    elapsed = cpuMsSince(started); // CPU time: see cpu-time.ts
    err = io.err + io.out; // logbook's own messages, then the findings
    if (process.env.HARDENING_TIMES) console.log(`${Math.round(elapsed)} ms  build of files just under the limits`);
  });

  it.each(Object.keys(FILES))('%s passes the screen', (path) => {
    expect(screenMarkdown(FILES[path]!)).toBeUndefined();
  });

  it(`build, with every page rendered, within ${BUILD_BOUND_MS / 1000} s`, () => {
    expect(err).not.toMatch(/unexpected failure|too-complex|Maximum call stack/);
    expect(code, err).toBe(0);
    expect(elapsed).toBeLessThan(BUILD_BOUND_MS);
    const nested = readFileSync(join(project, '_site', 'nested-quotes', 'index.html'), 'utf8');
    expect(nested.match(/<blockquote>/g)).toHaveLength(depth);
    const html = readFileSync(join(project, '_site', 'nested-html', 'index.html'), 'utf8');
    expect(html.match(/<div>/g)).toHaveLength(LIMITS.maxHtmlNesting);
    const emphasis = readFileSync(join(project, '_site', 'nested-emphasis', 'index.html'), 'utf8');
    expect((emphasis.match(/<(em|strong)>/g) ?? []).length).toBeGreaterThan(LIMITS.maxMarkersPerParagraph / 8);
  });
});
