/**
 * A build after a small change should not lay out every page again, nor
 * should `serve` after a save (its preview folder is the output here). Each
 * page written (HTML, and the feed, sitemap, calendar and robots.txt, whose
 * dates are worked out in the plan and are part of their view) is remembered in the cache folder by a hash of what it
 * is made from (its layout and view; the site data, journal.yml, layouts,
 * prefix and output folder being the same for the whole record set; the
 * code and dependencies, see code-fingerprint.ts), a hash of the
 * bytes written and the file's identity on disk (inode, size, modification
 * time). The next build reuses a page of the current output instead of
 * laying it out only when both still hold: a page edited, replaced or
 * removed by hand in the output has another identity, and is laid out
 * again. A reused page is hard-linked into the new output (see
 * spare-output.ts), never read.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteFileIdentity } from './spare-output.js';
import { madeHash, type SitePage } from './site-page.js';
import type { Workspace } from '../workspace/workspace.js';
import { siteFileOf } from '../model/content-paths.js';

/** What one written page was made from, what was written, and the file it was written to. */
export interface PageRecord {
  made: string;
  written: string;
  /** `inode:size:mtime (ns)` of the output file. */
  file: string;
}

export interface PageReuse {
  /** Pages the current output holds unchanged: output path → hash of the bytes. */
  reusable: Map<string, string>;
  /** Pages that must be laid out. */
  fresh: SitePage[];
  /** The reusable pages' files in the current output: output path → identity (see spare-output.ts). */
  carried: Map<string, string>;
  /** Remember a page laid out by this build (output path, its text). */
  written(path: string, text: string): void;
  /** The hash of a page's bytes in this build (reused or laid out). */
  writtenHash(path: string): string | undefined;
  /** Keep the records for the next build (in the workspace), once the new output is in place as `outputDir`; `copied` pages were carried over as new files. */
  remember(copied: ReadonlySet<string>): void;
}

export interface ReuseOptions {
  pages: readonly SitePage[];
  /** What every page reads as `site`. */
  site: Record<string, unknown>;
  /** journal.yml as read (JSON): pages laid out under other settings are not reused. */
  settings: string;
  pathPrefix: string;
  layoutsDir: string;
  /** The output folder of the previous build, where pages are linked from (the preview folder, for serve). */
  outputDir: string;
  workspace: Workspace;
  /** The mode of the new site's folders (the umask's): pages written under another one are not reused. */
  mode?: number;
}

/** Which pages the current output already holds, unchanged; `undefined` when the workspace keeps no records. */
export async function findReusablePages({ pages, site, settings, pathPrefix, layoutsDir, outputDir, workspace, mode }: ReuseOptions): Promise<PageReuse | undefined> {
  if (!workspace.keeps('site-pages')) return undefined;
  const context = hash(outputDir, pathPrefix, JSON.stringify(site), settings, await layoutsFingerprint(layoutsDir), String(mode ?? ''));
  const records = workspace.store<PageRecord>('site-pages', context)!;
  const madeOf = new Map<string, string>();
  const reusable = new Map<string, string>();
  const carried = new Map<string, string>();
  const fresh: SitePage[] = [];
  for (const page of pages) {
    const path = siteFileOf(page.url);
    const made = madeHash(page);
    madeOf.set(path, made);
    const record = records.get(path);
    if (record?.made === made && siteFileIdentity(outputDir, path) === record.file) {
      reusable.set(path, record.written);
      carried.set(path, record.file);
    } else fresh.push(page);
  }
  /** Pages whose file is new in this build: their identity is taken once the output is in place. */
  const renewed = new Map<string, { made: string; written: string }>();
  return {
    reusable,
    fresh,
    carried,
    written(path, text) {
      const made = madeOf.get(path);
      if (made !== undefined) renewed.set(path, { made, written: hash(text) });
    },
    writtenHash: (path) => renewed.get(path)?.written ?? reusable.get(path),
    remember(copied) {
      for (const path of copied) if (reusable.has(path)) renewed.set(path, records.get(path)!);
      for (const [path, { made, written }] of renewed) {
        const file = siteFileIdentity(outputDir, path);
        if (file !== undefined) records.set(path, { made, written, file });
      }
    },
  };
}

/** A hash of every file in the layouts folder. */
async function layoutsFingerprint(layoutsDir: string): Promise<string> {
  const entries = await readdir(layoutsDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  const digest = createHash('sha1');
  for (const file of files) digest.update(file.slice(layoutsDir.length)).update('\0').update(await readFile(file)).update('\0');
  return digest.digest('base64url');
}

function hash(...parts: string[]): string {
  const digest = createHash('sha1');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('base64url');
}
