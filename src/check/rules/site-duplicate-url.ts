/**
 * `site/duplicate-url`: no two files land on the same page or file, no page
 * takes the place of a generated one, and no two outputs differ only in
 * case or Unicode normalisation (`Logo.png` and `logo.png`, `café` written
 * as one character or as `e` plus an accent). GitHub Pages tells those
 * apart, a laptop's disk (macOS, Windows) does not: one would overwrite the
 * other, or a link would reach one on one machine and nothing on another.
 * Pages and assets are compared folder by folder, so `pages/Blog.md`
 * (`/Blog/`) collides with `pages/blog/first.md` (`/blog/first/`) too.
 */
import { report } from '../../findings/finding.js';
import type { Asset, Entry } from '../../model/types.js';
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

/** A name as a case-insensitive, normalisation-insensitive disk sees it. */
function fold(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** The site file an entry's URL would collide with, if any. */
function collidesWithSiteFile(url: string): string | undefined {
  const segments = url.split('/').filter(Boolean);
  if (segments[0] !== undefined && ROOT_FILES.has(fold(segments[0]))) return `/${segments[0]}`;
  const index = segments.findIndex((segment) => fold(segment) === 'index.html');
  return index === -1 ? undefined : `/${segments.slice(0, index + 1).join('/')}`;
}

/** The generated page or folder a page's URL lands on, if any (in any case or normalisation). */
function generatedPlace(url: string): string | undefined {
  const folded = fold(url);
  if (GENERATED.has(folded)) return folded;
  return GENERATED_FOLDERS.find((folder) => folded.startsWith(folder));
}

/** How two spellings of one name differ. */
function difference(a: string, b: string): string {
  if (a.normalize('NFC') === b.normalize('NFC')) {
    return 'differ only in how an accented letter is stored (one character, or a letter plus an accent: Unicode normalisation), which macOS does not tell apart';
  }
  if (a.toLowerCase() === b.toLowerCase()) {
    return 'differ only in upper and lower case, which macOS and Windows do not tell apart (GitHub Pages does)';
  }
  return 'differ only in case and in how an accented letter is stored, which macOS does not tell apart';
}

interface Output {
  path: string;
  kind: string;
  url: string;
  /** The file the site writes, split into folder and file names. */
  segments: string[];
}

export const siteDuplicateUrl: Rule = (context) => {
  const { goals, weeks, pages, assets } = context.journal;
  const outputs: { output: Output; report: (message: string) => void }[] = [];

  for (const entry of [...goals, ...weeks, ...pages] as Entry[]) {
    if (entry.private) continue;
    const file = fileFor(context, entry);
    const say = (message: string) => report(file, { rule: 'site/duplicate-url', message });
    const siteFile = collidesWithSiteFile(entry.url);
    if (siteFile) {
      say(`This ${entry.kind} would be written to ${entry.url}, but the site writes its own file ${siteFile}: rename the file.`);
      continue;
    }
    const generated = entry.kind === 'page' ? generatedPlace(entry.url) : undefined;
    if (generated) {
      say(
        `This page would be written to ${entry.url}, ${fold(entry.url) === entry.url ? '' : `the same address as ${generated} on a disk that ignores case, `}which logbook generates itself: rename or move the file.`,
      );
      continue;
    }
    outputs.push({ output: { path: entry.path, kind: entry.kind, url: entry.url, segments: [...entry.url.split('/').filter(Boolean), 'index.html'] }, report: say });
  }
  for (const asset of assets as Asset[]) {
    const say = (message: string) => {
      const file = context.fileAt?.(asset.path);
      if (file) report(file, { rule: 'site/duplicate-url', message });
    };
    outputs.push({ output: { path: asset.path, kind: 'file', url: asset.url, segments: asset.url.split('/').filter(Boolean) }, report: say });
  }

  /** Each folder or file written so far, by its folded path: its exact spelling and whose it is. */
  const written = new Map<string, { spelling: string; output: Output }>();
  for (const { output, report: say } of outputs) {
    for (let i = 1; i <= output.segments.length; i++) {
      const spelling = output.segments.slice(0, i).join('/');
      const key = fold(spelling);
      const earlier = written.get(key);
      if (!earlier) {
        written.set(key, { spelling, output });
        continue;
      }
      if (earlier.spelling === spelling) {
        if (i < output.segments.length) continue; // a folder both write into
        say(`This ${output.kind} and ${earlier.output.path} would both be written to ${output.url}: rename one of them.`);
        break;
      }
      say(
        `This ${output.kind} would be written to ${output.url} and ${earlier.output.path} to ${earlier.output.url}: /${spelling} and /${earlier.spelling} ${difference(spelling, earlier.spelling)}. One would overwrite the other, or a link would work on one computer and not another: rename one of them.`,
      );
      break;
    }
  }
};
