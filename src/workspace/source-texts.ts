/**
 * Each Markdown file's text as last seen, by content path, and the two
 * hashes made of it, each made once per text: the key of its parse (see
 * parse-store.ts) and the short hash that work done on its tree (rendered
 * HTML, plain text) is keyed by, instead of the much larger tree.
 */
import { createHash } from 'node:crypto';
import { Generations } from './generations.js';
import { parseKey } from './parse-store.js';

interface Seen {
  text: string;
  /** The parse key, and the context it was made with. */
  key?: { context: string; value: string };
  hash?: string;
}

export class SourceTexts {
  readonly #seen = new Generations<Seen>();

  /** The parse key of a file's text (noting the text). */
  parseKey(path: string, text: string, context: string): string {
    let seen = this.#seen.get(path);
    if (seen?.text !== text) {
      seen = { text };
      this.#seen.set(path, seen);
    }
    if (seen.key?.context !== context) seen.key = { context, value: parseKey(path, text, context) };
    return seen.key.value;
  }

  /** The hash of the text last seen at `path`, if any. */
  get(path: string): string | undefined {
    const seen = this.#seen.get(path);
    if (seen === undefined) return undefined;
    seen.hash ??= createHash('sha1').update(path).update('\0').update(seen.text).digest('base64url');
    return seen.hash;
  }

  /** Forget files not seen since the last call. */
  prune(): void {
    this.#seen.prune();
  }
}
