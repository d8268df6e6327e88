/** The URL scheme's one mapping between a site path and its file in the site's folder, both ways. */
import { describe, expect, it } from 'vitest';
import { siteFileOf, siteUrlOf } from '../../src/model/content-paths.js';

describe('siteFileOf and siteUrlOf', () => {
  const pairs = [
    ['/', 'index.html'],
    ['/goals/go/', 'goals/go/index.html'],
    ['/404.html', '404.html'],
    ['/feed.xml', 'feed.xml'],
    ['/assets/a.png', 'assets/a.png'],
    ['/pagefind/pagefind.js', 'pagefind/pagefind.js'],
  ] as const;

  it('maps a page to the index.html of its folder and any other path to itself', () => {
    for (const [url, file] of pairs) expect(siteFileOf(url), url).toBe(file);
  });

  it('maps each file back to its path', () => {
    for (const [url, file] of pairs) expect(siteUrlOf(file), file).toBe(url);
    // A file merely ending in index.html is not a folder's page.
    expect(siteUrlOf('notindex.html')).toBe('/notindex.html');
  });
});
