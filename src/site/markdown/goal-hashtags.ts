/**
 * Goal references written as `#slug`: a published
 * goal's tag becomes a link to its page; a hidden goal's tag is removed, so
 * a private goal's name never shows on a public week.
 */
import type { ElementContent } from 'hast';
import { joinBase } from './rewrite-links.js';
import type { SiteLinks } from './site-links.js';

const HASHTAG = /(^|[\s([{,;])#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu;
/** Elements whose text never gets goal links: links already, and code. */
export const NO_HASHTAG_LINKS: ReadonlySet<string> = new Set(['a', 'code', 'pre', 'script', 'style']);

/**
 * A text with `#slug` references to published goals linked and those to
 * hidden goals removed, as hast; `undefined` when the text has none.
 */
export function splitHashtags(value: string, links: SiteLinks, base: string): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(HASHTAG)) {
    const slug = match[2]!;
    const page = links.goals.get(slug);
    if (!page && !links.hiddenGoals.has(slug)) continue;
    const start = match.index + match[1]!.length;
    parts.push({ type: 'text', value: value.slice(last, start) });
    if (page) {
      parts.push({
        type: 'element',
        tagName: 'a',
        properties: { href: joinBase(base, page), className: ['goal-tag'] },
        children: [{ type: 'text', value: `#${slug}` }],
      });
    }
    last = start + slug.length + 1;
  }
  if (parts.length === 0) return undefined;
  parts.push({ type: 'text', value: value.slice(last) });
  return parts.filter((part) => part.type !== 'text' || part.value !== '');
}

/** Remove hidden goals' `#slug` references from plain text (for titles and summaries). */
export function scrubHiddenHashtags(text: string, links: SiteLinks): string {
  const scrubbed = links.hiddenGoals.size === 0 ? text : text.replace(HASHTAG, (whole, lead: string, slug: string) => (links.hiddenGoals.has(slug) ? lead : whole));
  return scrubbed.replace(/\s{2,}/g, ' ').trim();
}

/** Text without the `#slug` of one goal, for lists that already say which goal they are about. */
export function withoutOwnTag(text: string, slug: string): string {
  const escaped = slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(^|\\s)#${escaped}(?![\\p{L}\\p{N}_-])`, 'gu'), '$1').replace(/\s{2,}/g, ' ').trim();
}
