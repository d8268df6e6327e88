/**
 * `site/duplicate-url`: no two files land on the same page or file, and no
 * two outputs differ only in case or Unicode normalisation (`Logo.png` and
 * `logo.png`, `café` written as one character or as `e` plus an accent). GitHub Pages tells those
 * apart, a laptop's disk (macOS, Windows) does not: one would overwrite the
 * other, or a link would reach one on one machine and nothing on another.
 * Pages and assets are compared folder by folder, so `pages/Blog.md`
 * (`/Blog/`) collides with `pages/blog/first.md` (`/blog/first/`) too.
 * A page on an address the site writes itself is reported here too (see
 * reserved-addresses.ts).
 */
import { report } from '../../findings/finding.js';
import { siteFileOf } from '../../model/content-paths.js';
import type { Asset, Entry } from '../../model/types.js';
import { fileFor, type Rule } from '../context.js';
import { defineRule } from './define-rule.js';
import { fold, reportReservedAddresses, reservedReason } from '../reserved-addresses.js';

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

/** What the site writes for a page or an asset. */
interface Output {
  path: string;
  kind: string;
  url: string;
  /** The file the site writes, split into folder and file names: as spelt, and folded. */
  exact: string[];
  folded: string[];
  report: (message: string) => void;
}

/** A folder or file written so far: its spelling and the output that first wrote it. */
interface Written {
  spelling: string;
  output: Output;
  children?: Map<string, Written>;
}

/** A URL's folder and file names (an entry's page is the `index.html` in its folder). */
function segments(url: string): string[] {
  return siteFileOf(url).split('/');
}

const check: Rule = (context) => {
  reportReservedAddresses(context);
  const { goals, weeks, pages, assets } = context.journal;
  const outputs: Output[] = [];

  for (const entry of [...goals, ...weeks, ...pages] as Entry[]) {
    if (entry.private) continue;
    const file = fileFor(context, entry);
    const say = (message: string) => report(file, { rule: 'site/duplicate-url', message });
    // Reported as a reserved address (below).
    if (reservedReason(entry)) continue;
    const folded = fold(entry.url);
    outputs.push({ path: entry.path, kind: entry.kind, url: entry.url, exact: segments(entry.url), folded: segments(folded), report: say });
  }
  for (const asset of assets as Asset[]) {
    const say = (message: string) => {
      const file = context.fileAt?.(asset.path);
      if (file) report(file, { rule: 'site/duplicate-url', message });
    };
    outputs.push({ path: asset.path, kind: 'file', url: asset.url, exact: segments(asset.url), folded: segments(fold(asset.url)), report: say });
  }

  // Every folder and file written, as a tree keyed by folded names: two spellings of one folded
  // name are a collision, the same path twice a duplicate. Neither normalisation nor lower case
  // touches a slash, so a folded URL splits into as many names as the URL.
  const root = new Map<string, Written>();
  for (const output of outputs) {
    const { exact, folded } = output;
    let level = root;
    for (let i = 0; i < exact.length; i++) {
      const name = folded.length === exact.length ? folded[i]! : fold(exact[i]!);
      const earlier = level.get(name);
      if (!earlier) {
        const node: Written = { spelling: exact[i]!, output };
        level.set(name, node);
        if (i < exact.length - 1) level = node.children = new Map();
        continue;
      }
      if (earlier.spelling === exact[i]) {
        if (i < exact.length - 1) {
          level = earlier.children ??= new Map(); // a folder both write into
          continue;
        }
        output.report(`This ${output.kind} and ${earlier.output.path} would both be written to ${output.url}: rename one of them.`);
        break;
      }
      const spelling = exact.slice(0, i + 1).join('/');
      const other = earlier.output.exact.slice(0, i + 1).join('/');
      output.report(
        `This ${output.kind} would be written to ${output.url} and ${earlier.output.path} to ${earlier.output.url}: /${spelling} and /${other} ${difference(spelling, other)}. One would overwrite the other, or a link would work on one computer and not another: rename one of them.`,
      );
      break;
    }
  }
};

export const siteDuplicateUrl = defineRule({
  id: 'site/duplicate-url',
  severity: 'error',
  protect: 'rule',
  summary: 'two files would share an address, also when the addresses differ only in case or Unicode normalisation, or a file would take an address the site writes itself',
  help: [
    'Two journal files would be written to the same page or file, or to addresses that differ only in upper and lower case or in how an accented letter is stored (`Logo.png` and `logo.png`; `café` as one character or as `e` plus an accent). Folders count too: `pages/Blog.md` and `pages/blog/first.md`.',
    'GitHub Pages tells such addresses apart but macOS and Windows do not: one file would overwrite the other, or a link would work on one computer and not another.',
    'A page may not take an address logbook generates either (/, /goals/, /weeks/, /progress/, /review/, /tags/, /search/, /feed/, /calendar/, /sitemap/, /404/, a folder the site owns such as /assets/ or /pagefind/, or a root file such as feed.xml or style.css), nor have `index.html` in its address.',
    'Fix: rename one of the files.',
  ].join(' '),
  check,
});
