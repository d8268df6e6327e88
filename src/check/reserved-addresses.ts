/**
 * The addresses the site writes itself (the home page, /goals/, feed.xml, a
 * folder the site owns): part of `site/duplicate-url`, which reports a page
 * that takes one of them, also when the address differs only in case or
 * Unicode normalisation, or that has an `index.html` segment (the page file
 * of the folder above it).
 */
import { report } from '../findings/finding.js';
import type { Entry } from '../model/types.js';
import { SOCIAL_IMAGE_DIR } from '../model/content-paths.js';
import { fileFor, type CheckContext } from './context.js';

/** URLs the site generates itself, and folders it owns. */
const GENERATED = new Set(['/', '/goals/', '/weeks/', '/progress/', '/review/', '/tags/', '/404/', '/feed/', '/calendar/', '/sitemap/', '/search/']);
const GENERATED_FOLDERS = ['/goals/', '/weeks/', '/review/', '/tags/', '/assets/', '/pagefind/', SOCIAL_IMAGE_DIR];
/**
 * Files the site writes at its root. A page at `/feed.xml/` would need a
 * folder where the file is, and the build would fail halfway; a URL segment
 * `index.html` collides with the page file of the folder above it.
 */
const ROOT_FILES = new Set(['index.html', '404.html', 'feed.xml', 'calendar.ics', 'sitemap.xml', 'style.css', 'icon.svg', 'robots.txt']);

/** A name as a case-insensitive, normalisation-insensitive disk sees it. */
export function fold(name: string): string {
  // Most names are ASCII, which normalisation leaves alone (and asking costs more than lower case).
  return NON_ASCII.test(name) ? name.normalize('NFC').toLowerCase() : name.toLowerCase();
}
const NON_ASCII = /[^\u0000-\u007f]/;

/** The site file an entry's URL (and the same folded) would collide with, if any. */
function collidesWithSiteFile(url: string, folded: string): string | undefined {
  const segments = folded.split('/').filter(Boolean);
  const index = ROOT_FILES.has(segments[0] ?? '') ? 0 : segments.indexOf('index.html');
  if (index === -1) return undefined;
  const exact = url.split('/').filter(Boolean);
  return `/${(exact.length === segments.length ? exact : segments).slice(0, index + 1).join('/')}`;
}

/** The generated page or folder a page's folded URL lands on, if any. */
function generatedPlace(folded: string): string | undefined {
  if (GENERATED.has(folded)) return folded;
  return GENERATED_FOLDERS.find((folder) => folded.startsWith(folder));
}

/** Why an entry at this URL would take a place the site writes itself, if it would. */
export function reservedReason(entry: Pick<Entry, 'kind' | 'url'>): string | undefined {
  const folded = fold(entry.url);
  const siteFile = collidesWithSiteFile(entry.url, folded);
  if (siteFile) return `This ${entry.kind} would be written to ${entry.url}, but the site writes its own file ${siteFile}: rename the file.`;
  const generated = entry.kind === 'page' ? generatedPlace(folded) : undefined;
  if (generated) {
    return `This page would be written to ${entry.url}, ${folded === entry.url ? '' : `the same address as ${generated} on a disk that ignores case, `}which logbook generates itself: rename or move the file.`;
  }
  return undefined;
}

/** Report each page or file that lands on an address the site writes itself. */
export function reportReservedAddresses(context: CheckContext): void {
  const { goals, weeks, pages } = context.journal;
  for (const entry of [...goals, ...weeks, ...pages] as Entry[]) {
    if (entry.private) continue;
    const reason = reservedReason(entry);
    if (reason) report(fileFor(context, entry), { rule: 'site/duplicate-url', message: reason });
  }
}
