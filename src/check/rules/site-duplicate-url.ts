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

export const siteDuplicateUrl: Rule = (context) => {
  const { goals, weeks, pages } = context.journal;
  const seen = new Map<string, Entry>();
  for (const entry of [...goals, ...weeks, ...pages]) {
    if (entry.private) continue;
    const file = fileFor(context, entry);
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
