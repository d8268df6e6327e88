/**
 * A shard's index depends only on its pages' bytes, in order. Each shard
 * written is remembered in the cache folder by a hash of its pages and the
 * identity of every file of its index (see spare-output.ts); the next build
 * carries a shard's files over from the current output instead of indexing
 * its pages again only when none of its pages changed and every file is
 * still the one written.
 */
import { createHash } from 'node:crypto';
import { siteFileIdentity } from '../spare-output.js';
import type { IndexFiles } from './search-index.js';
import type { SearchShard } from './search-shards.js';
import type { Workspace } from '../../workspace/workspace.js';

interface ShardRecord {
  /** A hash of the shard's pages: their paths and the hashes of their bytes, in order. */
  pages: string;
  /** Each file of the index, relative to the site, with its identity. */
  files: [path: string, identity: string][];
}

export interface ShardReuse {
  /** The shards whose index must be made (the others are carried over). */
  stale: SearchShard[];
  /** The reusable shards' files in the current output: path → identity. */
  carried: Map<string, string>;
  /** Remember the shards indexed by this build (`written`: their files) in the workspace, once the new output is in place. */
  remember(pageHash: (path: string) => string | undefined, written: IndexFiles): void;
}

export interface ShardReuseOptions {
  shards: readonly SearchShard[];
  /** The hashes of the pages that are unchanged since the previous build. */
  unchanged: ReadonlyMap<string, string>;
  /** The output folder of the previous build, where indexes are linked from. */
  outputDir: string;
  workspace: Workspace;
  /** What every index depends on besides its pages (the language, Pagefind's version). */
  context: string;
}

/** Which shards the current output already holds, unchanged; `undefined` when the workspace keeps no records. */
export function findReusableShards({ shards, unchanged, outputDir, workspace, context }: ShardReuseOptions): ShardReuse | undefined {
  const records = workspace.store<ShardRecord>('search-shards', context);
  if (!records) return undefined;
  const reusable: ShardRecord[] = [];
  const stale: SearchShard[] = [];
  for (const shard of shards) {
    const record = records.get(shard.key);
    const pages = pagesHash(shard, (path) => unchanged.get(path));
    const same =
      record !== undefined &&
      pages !== undefined &&
      record.pages === pages &&
      record.files.every(([path, identity]) => siteFileIdentity(outputDir, path) === identity);
    if (same) reusable.push(record);
    else stale.push(shard);
  }
  return {
    stale,
    carried: new Map(reusable.flatMap((record) => record.files)),
    remember(pageHash, written) {
      for (const shard of stale) {
        const pages = pagesHash(shard, pageHash);
        if (pages === undefined) continue;
        const files = (written[shard.key] ?? []).map((path): [string, string] => [path, siteFileIdentity(outputDir, path) ?? '']);
        records.set(shard.key, { pages, files });
      }
    },
  };
}

/** The hash of a shard's folder and pages, `undefined` when a page's hash is unknown. */
function pagesHash(shard: SearchShard, pageHash: (path: string) => string | undefined): string | undefined {
  // Where it is written too: a shard that becomes or stops being the primary moves.
  const digest = createHash('sha1').update(shard.folder).update('\0');
  for (const path of shard.paths) {
    const hash = pageHash(path);
    if (hash === undefined) return undefined;
    digest.update(path).update('\0').update(hash).update('\0');
  }
  return digest.digest('base64url');
}
