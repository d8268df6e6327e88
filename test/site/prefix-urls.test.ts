/**
 * logbook's own path-prefix pass gives every URL exactly as Eleventy's HTML
 * base plugin would: checked page by page on the example site and a
 * generated journal (built without a prefix, then prefixed both ways), after
 * printing both results through posthtml, which is how that plugin prints.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Eleventy, HtmlBasePlugin } from '@11ty/eleventy';
import posthtml from 'posthtml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalFiles } from '../../bench/generate-journal.mjs';
import { prefixHtmlUrls, prefixUrl } from '../../src/site/eleventy/prefix-urls.js';
import { buildContent, listFiles, tempProject, writeFiles } from '../helpers/site.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';

type Filter = (this: { page: { url: string } }, html: string) => Promise<string>;

const PREFIX = '/journal/';
const folders: string[] = [];
let eleventyBase: Filter;

/** Eleventy's own filter for "this HTML, with the path prefix", from its HTML base plugin. */
async function eleventyBaseFilter(): Promise<Filter> {
  const dir = await tempProject('logbook-base-');
  folders.push(dir);
  let config: { getFilter(name: string): Filter } | undefined;
  const eleventy = new Eleventy(dir, join(dir, '_site'), {
    quietMode: true,
    configPath: false,
    pathPrefix: PREFIX,
    config(userConfig) {
      config = userConfig as unknown as typeof config;
      userConfig.addPlugin(HtmlBasePlugin);
    },
  });
  await (eleventy as unknown as { init(): Promise<void> }).init();
  return config!.getFilter('transformWithHtmlBase');
}

async function printed(html: string): Promise<string> {
  return (await posthtml().process(html)).html;
}

/** Build a content folder without a prefix; every HTML page's text. */
async function unprefixedPages(files: Record<string, string> | undefined, contentDir?: string): Promise<Map<string, string>> {
  const project = await tempProject();
  folders.push(project);
  if (files) await writeFiles(join(project, 'content'), files);
  const { outputDir } = await buildContent(contentDir ?? join(project, 'content'), project, { pathPrefix: '/' });
  const pages = new Map<string, string>();
  for (const path of await listFiles(outputDir)) if (path.endsWith('.html')) pages.set(path, await readFile(join(outputDir, path), 'utf8'));
  return pages;
}

async function expectSameAsEleventy(pages: Map<string, string>): Promise<void> {
  expect(pages.size).toBeGreaterThan(10);
  let prefixed = 0;
  for (const [path, html] of pages) {
    const ours = prefixHtmlUrls(html, PREFIX);
    const theirs = await eleventyBase.call({ page: { url: `/${path.replace(/index\.html$/, '')}` } }, html);
    expect(await printed(ours), path).toBe(await printed(theirs));
    if (ours.includes(`href="${PREFIX}`)) prefixed++;
  }
  expect(prefixed).toBe(pages.size);
}

beforeAll(async () => {
  eleventyBase = await eleventyBaseFilter();
});

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('the path prefix', () => {
  it('is applied as the HTML base plugin applies it, on every page of the example site', async () => {
    await expectSameAsEleventy(await unprefixedPages(undefined, EXAMPLE_CONTENT));
  });

  it('is applied as the HTML base plugin applies it, on a generated journal', async () => {
    const files = Object.fromEntries([...journalFiles(120)].map(([path, text]) => [path, text.replace('url: https://example.org/journal/\n', '')]));
    await expectSameAsEleventy(await unprefixedPages(files));
  });

  it('treats single URLs as the base plugin does', () => {
    expect(prefixUrl('/goals/go/', PREFIX)).toBe('/journal/goals/go/');
    expect(prefixUrl('/', PREFIX)).toBe('/journal/');
    expect(prefixUrl(' /style.css ', PREFIX)).toBe('/journal/style.css');
    expect(prefixUrl('/a/../b', PREFIX)).toBe('/journal/b');
    expect(prefixUrl('#main', PREFIX)).toBe('#main');
    expect(prefixUrl('./notes/a.png', PREFIX)).toBe('notes/a.png');
    expect(prefixUrl('https://example.org/x', PREFIX)).toBe('https://example.org/x');
    expect(prefixUrl('mailto:ada@example.org', PREFIX)).toBe('mailto:ada@example.org');
    expect(prefixUrl('//cdn.example.org/x.js', PREFIX)).toBe('//cdn.example.org/x.js');
  });

  it('rewrites only URL attributes of the elements that hold URLs, and nothing under `/`', () => {
    const html = '<a class="x" href="/a/" title="/b/"><img alt="/c" src="/d.png" srcset="/e.png 1x, /f.png 2x"></a><p data-x="/g/">/h/</p><link rel="icon" href="/icon.svg">';
    expect(prefixHtmlUrls(html, PREFIX)).toBe(
      '<a class="x" href="/journal/a/" title="/b/"><img alt="/c" src="/journal/d.png" srcset="/journal/e.png 1x, /journal/f.png 2x"></a><p data-x="/g/">/h/</p><link rel="icon" href="/journal/icon.svg">',
    );
    expect(prefixHtmlUrls(html, '/')).toBe(html);
  });

  it('steps over the attributes of other elements, whose values may hold a `<`', () => {
    const html = '<section aria-label="Table: <a href=/x>" tabindex="0"><abbr title=\'<img src="/y.png">\'>y</abbr><a href="/z/">z</a></section>';
    expect(prefixHtmlUrls(html, PREFIX)).toBe('<section aria-label="Table: <a href=/x>" tabindex="0"><abbr title=\'<img src="/y.png">\'>y</abbr><a href="/journal/z/">z</a></section>');
  });

  it('gives the same page when a tag was seen before and when the prefix changes', () => {
    const html = '<a href="/a/">a</a><a href="/a/">again</a>';
    expect(prefixHtmlUrls(html, PREFIX)).toBe('<a href="/journal/a/">a</a><a href="/journal/a/">again</a>');
    expect(prefixHtmlUrls(html, '/other/')).toBe('<a href="/other/a/">a</a><a href="/other/a/">again</a>');
    expect(prefixHtmlUrls(html, PREFIX)).toBe('<a href="/journal/a/">a</a><a href="/journal/a/">again</a>');
  });
});
