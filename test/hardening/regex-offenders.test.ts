/**
 * Inputs that made former regular expressions backtrack for minutes, run
 * through the public functions that met them. The regex-safety test proves
 * every pattern linear; these show that the rewritten code paths are the ones
 * used, at a size where the old ones took minutes or more.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { main } from '../../src/cli/main.js';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { hasRealContent } from '../../src/parse/sections.js';
import { listFindings } from '../../src/report/findings-list.js';
import { recordingIo } from '../helpers/io.js';
import { makeTempDir } from './journal-folder.js';
import { cpuMsSince, cpuStart } from '../helpers/cpu-time.js';

const root = makeTempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Generous, in CPU milliseconds (see cpu-time.ts): each case takes well under a second here; the old patterns took minutes (or, for the prefix, years). */
const BOUND_MS = 5_000;

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] as RootContent[];

describe('former regex offenders finish in linear time', () => {
  it('the empty-section check, on a megabyte of dots then a letter', () => {
    const started = cpuStart();
    expect(hasRealContent(paragraph(`${'.'.repeat(1 << 20)}a`))).toBe(true);
    expect(hasRealContent(paragraph('.'.repeat(1 << 20)))).toBe(false);
    expect(cpuMsSince(started)).toBeLessThan(BOUND_MS);
  });

  it('a goal section of half a million dots then a letter (just under the file size limit) counts as written', async () => {
    const content = join(root, 'dots', 'content');
    mkdirSync(join(content, 'goals'), { recursive: true });
    writeFileSync(join(content, 'journal.yml'), 'title: Dots\n');
    const body = [
      '## Where I am now',
      `${'.'.repeat(500_000)}a`,
      '## Success in one year',
      'A CLI my team uses.',
      '## Resources',
      '- Book: The Go Programming Language',
      '## Why it matters',
      'Our platform is moving to Go.',
    ].join('\n\n');
    writeFileSync(join(content, 'goals', 'go.md'), `---\ntitle: Go\ndue: 2026-12-31\n---\n${body}\n`);
    const started = cpuStart();
    const loaded = await loadJournal({ contentDir: content, cwd: content, today: '2026-11-24' as IsoDate });
    expect(cpuMsSince(started)).toBeLessThan(BOUND_MS);
    expect(listFindings(loaded.files).map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([]);
  });

  it('logbook build --path-prefix with a megabyte that fails at its last character', async () => {
    const io = recordingIo(root);
    const started = cpuStart();
    const code = await main(['build', '--path-prefix', `/${'a'.repeat(1 << 20)}!`], io);
    expect(cpuMsSince(started)).toBeLessThan(BOUND_MS);
    expect(code).toBe(2);
    expect(io.err).toContain('--path-prefix must look like /journal/');
  });

  it('--path-prefix accepts and refuses what it did before', async () => {
    const accepted = ['/', '', 'journal', '/journal', '/journal/', '/a/b.c/d~e_f-g/'];
    const refused = ['//', '/a//b', 'a b', '/../x', '/./', '/a/%20/'];
    const prefixError = async (prefix: string) => {
      const io = recordingIo(join(root, 'missing'));
      await main(['build', '--content', 'nowhere', '--path-prefix', prefix], io);
      return io.err.includes('--path-prefix must look like');
    };
    for (const prefix of accepted) expect(await prefixError(prefix), prefix).toBe(false);
    for (const prefix of refused) expect(await prefixError(prefix), prefix).toBe(true);
  });
});
