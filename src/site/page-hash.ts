/**
 * A hash of what a page is made from: its layout and view. The sitemap
 * (when the page last changed) and the reuse of unchanged pages both need
 * it, so it is computed once per page. A page's view is not changed after
 * collect-pages.ts has made it.
 */
import { createHash } from 'node:crypto';
import type { SitePage } from './site-page.js';

const memo = new WeakMap<SitePage, string>();

export function madeHash(page: SitePage): string {
  let made = memo.get(page);
  if (made === undefined) {
    made = createHash('sha1').update(page.layout).update('\0').update(JSON.stringify(page.view)).update('\0').digest('base64url');
    memo.set(page, made);
  }
  return made;
}
