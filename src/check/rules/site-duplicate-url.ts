/**
 * `site/duplicate-url`: no two files land on the same page, and no page takes
 * the place of a generated one. Names that differ only in case collide on a
 * laptop but not on GitHub Pages: `file/case-conflict`.
 */
import { report } from '../../findings/finding.js';
import type { Entry } from '../../model/types.js';
import { fileFor, type Rule } from '../context.js';

/** URLs the site generates itself, and folders it owns. */
const GENERATED = new Set(['/', '/goals/', '/weeks/', '/progress/', '/review/', '/tags/', '/404/', '/feed/', '/calendar/', '/sitemap/', '/search/']);
const GENERATED_FOLDERS = ['/goals/', '/weeks/', '/review/', '/tags/', '/assets/', '/pagefind/'];
/**
 * Files the site writes at its root. A page at `/feed.xml/` would need a
 * folder where the file is, and the build would fail halfway; a URL segment
 * `index.html` collides with the page file of the folder above it.
 */
const ROOT_FILES = new Set(['index.html', '404.html', 'feed.xml', 'calendar.ics', 'sitemap.xml', 'style.css', 'icon.svg', 'robots.txt']);

/** The site file an entry's URL would collide with, if any. */
function collidesWithSiteFile(url: string): string | undefined {
  const segments = url.split('/').filter(Boolean);
  if (segments[0] !== undefined && ROOT_FILES.has(segments[0].toLowerCase())) return `/${segments[0]}`;
  const index = segments.findIndex((segment) => segment.toLowerCase() === 'index.html');
  return index === -1 ? undefined : `/${segments.slice(0, index + 1).join('/')}`;
}

export const siteDuplicateUrl: Rule = (context) => {
  const { goals, weeks, pages } = context.journal;
  const seen = new Map<string, Entry>();
  for (const entry of [...goals, ...weeks, ...pages]) {
    if (entry.private) continue;
    const file = fileFor(context, entry);
    const siteFile = collidesWithSiteFile(entry.url);
    if (siteFile) {
      report(file, {
        rule: 'site/duplicate-url',
        message: `This ${entry.kind} would be written to ${entry.url}, but the site writes its own file ${siteFile}: rename the file.`,
      });
      continue;
    }
    if (entry.kind === 'page' && (GENERATED.has(entry.url) || GENERATED_FOLDERS.some((folder) => entry.url.startsWith(folder)))) {
      report(file, {
        rule: 'site/duplicate-url',
        message: `This page would be written to ${entry.url}, which logbook generates itself: rename or move the file.`,
      });
      continue;
    }
    const key = entry.url.toLowerCase();
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, entry);
      continue;
    }
    if (earlier.url === entry.url) {
      report(file, {
        rule: 'site/duplicate-url',
        message: `This file and ${earlier.path} would both be written to ${entry.url}: rename one of them.`,
      });
    } else {
      report(file, {
        rule: 'file/case-conflict',
        message: `${entry.path} and ${earlier.path} differ only in upper and lower case: that breaks on some systems and on GitHub Pages links. Rename one of them.`,
      });
    }
  }
};
