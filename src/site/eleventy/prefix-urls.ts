/**
 * The path prefix on every URL of a page, as Eleventy's HTML base plugin
 * applies it, without parsing and re-printing the page: that plugin's
 * posthtml pass (and a `new URL()` that throws for each relative link) was
 * the largest single cost of a warm build. Our pages are written by our own
 * layouts and by rehype-stringify, so every attribute is well formed, quoted
 * with `"`, and no page carries comments, scripts or styles; a plain scan
 * of the tags is exact there. The tags and attributes are the plugin's own.
 */
import { posix } from 'node:path';
import { trimEndChars } from '../../util/trim-chars.js';

/** Which attributes of which elements hold a URL (Eleventy's list). */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'ping'],
  area: ['href', 'ping'],
  audio: ['src'],
  base: ['href'],
  blockquote: ['cite'],
  button: ['formaction'],
  del: ['cite'],
  embed: ['src'],
  form: ['action'],
  iframe: ['src'],
  img: ['src', 'srcset'],
  input: ['formaction', 'src'],
  ins: ['cite'],
  link: ['href'],
  object: ['data'],
  q: ['cite'],
  script: ['src'],
  source: ['src', 'srcset'],
  track: ['src'],
  video: ['poster', 'src'],
};

const ATTRIBUTES = `(?:\\s+[^\\s"'<>/=]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?)*`;
/**
 * A start tag: of one of those elements (name, attributes and end
 * captured), or of any other element, matched only so that the scan steps
 * over its attributes (whose values may hold a `<`).
 */
/** Exported for the regex-safety test (which measures it: it is too large for the analyser to prove). */
export const TAG = new RegExp(`<(?:(${Object.keys(URL_ATTRIBUTES).join('|')})(?![a-zA-Z0-9-])(${ATTRIBUTES})(\\s*\\/?)>|[a-zA-Z][a-zA-Z0-9-]*${ATTRIBUTES}\\s*\\/?>)`, 'gi');
/** One attribute; sticky (`y`): it only ever continues where the last one ended, so it never rescans a run of spaces. */
const ATTRIBUTE = /(\s+)([^\s"'<>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gy;
const SCHEME = /^[a-zA-Z][a-zA-Z\d+.-]*:/;

/** Prefixed start tags of the current prefix: the same few (the menu, the stylesheet) are on every page. */
const prefixed = { prefix: '', tags: new Map<string, string>() };
const MAX_REMEMBERED = 100_000;

/** Prefix every site-absolute URL in an HTML page with `pathPrefix` (`/journal/`); `/` changes nothing. */
export function prefixHtmlUrls(html: string, pathPrefix: string): string {
  if (pathPrefix === '/') return html;
  if (prefixed.prefix !== pathPrefix || prefixed.tags.size > MAX_REMEMBERED) {
    prefixed.prefix = pathPrefix;
    prefixed.tags.clear();
  }
  return html.replace(TAG, (tag: string, name: string | undefined, attributes: string, end: string) => {
    if (name === undefined || attributes === '') return tag;
    let result = prefixed.tags.get(tag);
    if (result === undefined) {
      result = prefixTag(name, attributes, end, pathPrefix);
      prefixed.tags.set(tag, result);
    }
    return result;
  });
}

/** One start tag of an element with URL attributes, prefixed. */
function prefixTag(name: string, attributes: string, end: string, pathPrefix: string): string {
  const wanted = URL_ATTRIBUTES[name.toLowerCase()]!;
  const rewritten = attributes.replace(
    ATTRIBUTE,
    (whole: string, space: string, attribute: string, equals?: string, double?: string, single?: string, bare?: string) => {
      const key = attribute.toLowerCase();
      const value = double ?? single ?? bare;
      if (value === undefined || !wanted.includes(key)) return whole;
      const next = key === 'srcset' || key === 'ping' ? prefixList(value, pathPrefix, key) : prefixUrl(value, pathPrefix);
      return `${space}${attribute}${equals}"${next}"`;
    },
  );
  return `<${name}${rewritten}${end}>`;
}

/**
 * One URL, as the base plugin treats it: a URL with a scheme or a
 * protocol-relative one stays; a site path gets the prefix; anything else is
 * only tidied (`./a` → `a`). Always trimmed.
 */
export function prefixUrl(raw: string, pathPrefix: string): string {
  const url = raw.trim();
  if (((SCHEME.test(url) || /[\t\n\r]/.test(url)) && isAbsoluteUrl(url)) || (url.startsWith('//') && url !== '//')) return url;
  const normalized = normalizeUrlPath(url);
  const root = normalizeUrlPath('/', pathPrefix);
  if (normalized === '/' || normalized === root) return root.endsWith('/') ? root : `${root}/`;
  if (normalized.startsWith('/')) return normalizeUrlPath('/', pathPrefix, url);
  return normalized;
}

/** `srcset` and `ping` hold several URLs: each gets the prefix, descriptors stay. */
function prefixList(value: string, pathPrefix: string, key: string): string {
  return value
    .split(',')
    .map((candidate) => candidate.trim())
    .filter((candidate) => candidate !== '')
    .map((candidate) => {
      if (key === 'ping') return prefixUrl(candidate, pathPrefix);
      const [url = '', ...descriptors] = candidate.split(/\s+/);
      return [prefixUrl(url, pathPrefix), ...descriptors].join(' ');
    })
    .join(', ');
}

function isAbsoluteUrl(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/** Eleventy's URL path join: POSIX-normalised, trailing slashes kept as one. */
function normalizeUrlPath(...parts: string[]): string {
  const joined = posix.join(...parts);
  return joined.endsWith('/') ? `${trimEndChars(joined, '/')}/` : joined;
}
