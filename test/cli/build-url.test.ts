/** `logbook build --url` and the `journal/no-url` warning. */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteUrl } from '../../src/cli/build-command.js';
import { UsageError } from '../../src/cli/args.js';
import { main } from '../../src/cli/main.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';
import { recordingIo } from '../helpers/io.js';
import { tempProject } from '../helpers/site.js';

/** The example journal in a fresh project, without its `url`. */
async function projectWithoutUrl(): Promise<string> {
  const project = await tempProject();
  await cp(EXAMPLE_CONTENT, join(project, 'content'), { recursive: true });
  const yml = join(project, 'content', 'journal.yml');
  await writeFile(yml, (await readFile(yml, 'utf8')).replace(/^url:.*$/m, ''));
  return project;
}

async function run(argv: string[], cwd: string) {
  const io = recordingIo(cwd);
  const code = await main(argv, io);
  return { code, ...io };
}

describe('build --url', () => {
  it('accepts an absolute http(s) address, with or without a path', () => {
    expect(readSiteUrl('https://ada.github.io/journal')).toBe('https://ada.github.io/journal/');
    expect(readSiteUrl('https://ada.github.io/journal/')).toBe('https://ada.github.io/journal/');
    expect(readSiteUrl('http://localhost:8080')).toBe('http://localhost:8080/');
    expect(readSiteUrl('https://Example.ORG/a/b.c/')).toBe('https://example.org/a/b.c/');
  });

  it.each([
    ['a relative path', 'journal/', 'not an address'],
    ['ftp', 'ftp://ada.github.io/', 'https://'],
    ['javascript:', 'javascript:alert(1)', 'https://'],
    ['credentials', 'https://me:secret@ada.github.io/', 'password'],
    ['a query', 'https://ada.github.io/?x=1', 'query'],
    ['a fragment', 'https://ada.github.io/#top', 'fragment'],
    ['an encoded space', 'https://ada.github.io/my%20journal/', 'letters, digits'],
    // Checked segment by segment, so a long bad path is refused at once (no backtracking pattern).
    ['a 30,000-letter path ending badly', `https://ada.github.io/${'a/'.repeat(15_000)}!`, 'letters, digits'],
  ])('refuses %s', (_label, text, why) => {
    expect(() => readSiteUrl(text)).toThrow(UsageError);
    expect(() => readSiteUrl(text)).toThrow(why);
  });

  it('builds the feed and sitemap at that address, with its path as prefix, and no warning', async () => {
    const project = await projectWithoutUrl();
    const result = await run(['build', '--today', '2026-11-24', '--no-cache', '--url', 'https://ada.github.io/journal'], project);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toContain('path prefix /journal/');
    expect(await readFile(join(project, '_site', 'feed.xml'), 'utf8')).toContain('<id>https://ada.github.io/journal/weeks/2026-W47/</id>');
  });

  it('is a usage error when malformed', async () => {
    const project = await projectWithoutUrl();
    const result = await run(['build', '--url', 'ftp://x/'], project);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--url');
    expect(existsSync(join(project, '_site'))).toBe(false);
  });
});

describe('journal/no-url', () => {
  it('warns once, at journal.yml line 1, when build knows no address; the build still succeeds', async () => {
    const project = await projectWithoutUrl();
    const result = await run(['build', '--today', '2026-11-24', '--no-cache'], project);
    expect(result.code).toBe(0);
    expect(result.out.match(/journal\/no-url/g)).toHaveLength(1);
    expect(result.out).toMatch(/^content\/journal\.yml\n\s*1:1\s+warning\s.*journal\/no-url/m);
    expect(existsSync(join(project, '_site', 'feed.xml'))).toBe(false);
    expect(existsSync(join(project, '_site', 'sitemap.xml'))).toBe(false);
  });

  it('is reported at the content folder when there is no journal.yml', async () => {
    const project = await projectWithoutUrl();
    await rm(join(project, 'content', 'journal.yml'));
    const result = await run(['build', '--today', '2026-11-24', '--no-cache'], project);
    expect(result.out).toMatch(/^content\n\s*1:1\s+warning\s.*journal\/no-url/m);
  });

  it('is not reported by check, which cannot know the --url build will get', async () => {
    const project = await projectWithoutUrl();
    const result = await run(['check', '--today', '2026-11-24'], project);
    expect(result.code).toBe(0);
    expect(result.err).not.toContain('journal/no-url');
  });
});
