/** The search index and the link-preview tags of the example journal. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, readOutput, searchRecords, tempProject } from '../helpers/site.js';
import { searchablePart } from '../../src/site/search/search-index.js';
import { EXAMPLE_CONTENT } from '../helpers/fixtures.js';

const CONTENT = EXAMPLE_CONTENT;

function meta(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`).exec(html);
  return match?.[1];
}

describe('search and previews', () => {
  let outputDir: string;
  beforeAll(async () => {
    ({ outputDir } = await buildContent(CONTENT, await tempProject(), { socialImages: true }));
  });

  it('indexes goals, weeks, plain pages and reviews by their words, and nothing else', async () => {
    const records = await searchRecords(outputDir);
    const urls = records.map((record) => record.url);
    expect(urls).toHaveLength(3 + 12 + 1 + 1);
    expect(urls).toContain('/goals/typescript-backend/');
    expect(urls).toContain('/weeks/2026-W47/');
    expect(urls).toContain('/about/');
    expect(urls).toContain('/review/2026/');
    expect(urls).not.toContain('/');
    expect(urls).not.toContain('/tags/');
    const week = records.find((record) => record.url === '/weeks/2026-W47/')!;
    expect(week.meta.title).toBe('Week 47, 2026');
    expect(week.content).toContain('apologised three times');
    // Hidden words and chart text are not part of what a reader searches.
    expect(week.content).not.toMatch(/Not done:|Done:/);
  });

  it('puts a search form on every page, pointing under the prefix', async () => {
    for (const page of ['index.html', 'weeks/2026-W47/index.html', '404.html']) {
      expect(await readOutput(outputDir, page)).toContain('<form class="search-form" role="search" action="/journal/search/" method="get">');
    }
    expect(await readOutput(outputDir, 'search/index.html')).toContain('data-base="/journal/"');
  });

  it('gives every page a title, a description, a canonical URL and Open Graph and Twitter tags', async () => {
    const goal = await readOutput(outputDir, 'goals/typescript-backend/index.html');
    expect(goal).toContain('<link rel="canonical" href="https://maya-okafor.github.io/journal/goals/typescript-backend/">');
    expect(meta(goal, 'og:url')).toBe('https://maya-okafor.github.io/journal/goals/typescript-backend/');
    expect(meta(goal, 'og:title')).toBe('Build backends with TypeScript and Node');
    expect(meta(goal, 'og:type')).toBe('article');
    expect(meta(goal, 'description')).toMatch(/^3 of 6 milestones done \(50%\), 1 overdue, 63% follow-through\. /);
    expect(meta(goal, 'og:description')).toBe(meta(goal, 'description'));
    expect(meta(goal, 'twitter:card')).toBe('summary_large_image'); // the page has a link-preview image (social-images.test.ts)
    const week = await readOutput(outputDir, 'weeks/2026-W47/index.html');
    expect(meta(week, 'description')).toMatch(/^16–22 November 2026: 2 of 2 intentions followed through \(100%\)\. Priya/);
    for (const page of ['index.html', 'progress/index.html', 'review/2026/index.html', 'tags/index.html', 'about/index.html']) {
      const html = await readOutput(outputDir, page);
      expect(meta(html, 'description')?.length, page).toBeGreaterThan(20);
      expect(meta(html, 'og:title'), page).toBeTruthy();
      expect(html, page).toMatch(/<title>[^<]+<\/title>/);
    }
  });
});

describe('what the search indexer is given', () => {
  it('is the language, the title and the element marked for search, without the page around it', () => {
    const page = '<!doctype html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>Week 47 · Journal</title>\n<link rel="stylesheet" href="/style.css">\n</head>\n<body>\n<header><nav><a href="/">Home</a></nav></header>\n<main id="main" class="wrap" tabindex="-1" data-pagefind-body>\n<h1>Week 47</h1><p>Reflection.</p>\n</main>\n<footer>Feed</footer>\n</body>\n</html>\n';
    expect(searchablePart(page)).toBe('<!doctype html>\n<html lang="de"><head><title>Week 47 · Journal</title></head><body><main id="main" class="wrap" tabindex="-1" data-pagefind-body>\n<h1>Week 47</h1><p>Reflection.</p>\n</main></body></html>');
  });

  it('is nothing for a page not marked for search', () => {
    expect(searchablePart('<html lang="en"><head><title>Tags</title></head><body><main id="main"><h1>Tags</h1></main></body></html>')).toBeUndefined();
  });
});
