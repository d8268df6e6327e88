/**
 * With `allowHtml`, embeds (`iframe`, `video`, `audio`, `source`) load only
 * over https, or from the site's own files (a relative path). The sanitiser
 * judges `src` by its scheme for every element alike (Markdown images may
 * still use http), so this runs after it: a `src` or `poster` of an embed
 * that a browser would fetch over http, or from another host without a
 * scheme (`//host/…`, `/\host/…`), is removed.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const EMBEDS = new Set(['iframe', 'video', 'audio', 'source']);
const URL_PROPERTIES = ['src', 'poster'];
/** A stand-in for the site's address, to resolve relative URLs as a browser would. */
const SITE = new URL('http://site.invalid/page/');

/** Whether an embed may load `value`: an https URL, or a path on the site itself. */
export function isHttpsOrOwn(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return false;
  }
  return url.protocol === 'https:' || (url.protocol === SITE.protocol && url.host === SITE.host);
}

/** Remove embed URLs that are neither https nor the site's own. */
export function httpsOnlyEmbeds(tree: Root): void {
  visit(tree, 'element', (node) => {
    if (!EMBEDS.has(node.tagName)) return;
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (value !== undefined && !(typeof value === 'string' && isHttpsOrOwn(value))) delete node.properties[name];
    }
  });
}
