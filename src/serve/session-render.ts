/**
 * Rendered Markdown kept for a `serve` session, found by the keys the
 * renderer makes (the file's text hash, the nodes' places, the options and
 * the journal's links). Renderings that no plan asked for since the last
 * one are dropped, so old versions of edited files do not pile up.
 */
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import type { SourceHashes } from '../cache/source-hashes.js';
import type { RenderMemo } from '../site/markdown/render-markdown.js';

export interface SessionRenderMemo extends RenderMemo {
  /** Forget the renderings not asked for since the last call. */
  prune(): void;
}

export function sessionRenderMemo(): SessionRenderMemo {
  let kept = new Map<string, string>();
  let used = new Map<string, string>();
  return {
    get(key) {
      const html = used.get(key) ?? kept.get(key);
      if (html !== undefined) used.set(key, html);
      return html;
    },
    set(key, html) {
      used.set(key, html);
    },
    prune() {
      kept = used;
      used = new Map();
    },
  };
}

/**
 * The text hash of every file (the renderer's memo keys), hashing again only
 * files whose text changed since the last call.
 */
export class SessionSources {
  #last = new Map<string, { text: string; hash: string }>();

  hashes(files: Iterable<VFile>): SourceHashes {
    const next = new Map<string, { text: string; hash: string }>();
    const hashes = new Map<string, string>();
    for (const file of files) {
      const path = file.data.contentPath;
      if (path === undefined) continue;
      const text = String(file.value);
      const last = this.#last.get(path);
      // The same hash as hashSources (src/cache/source-hashes.ts) gives.
      const hash = last && last.text === text ? last.hash : createHash('sha1').update(path).update('\0').update(text).digest('base64url');
      next.set(path, { text, hash });
      hashes.set(path, hash);
    }
    this.#last = next;
    return hashes;
  }
}
