/**
 * A link to each heading's own id, after the heading's text:
 * `<a class="anchor" href="#user-content-notes" aria-label="Link to this section: Notes">#</a>`.
 * Added after the sanitiser (which would not keep it), to headings that have
 * an id. The `#` is left out of the search index (`data-pagefind-ignore`);
 * the stylesheet shows it on hover and focus.
 */
import type { Element, ElementContent } from 'hast';

/** The text a heading shows (its images' alt text included). */
function textOf(nodes: readonly ElementContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element') text += node.tagName === 'img' ? String(node.properties.alt ?? '') : textOf(node.children);
  }
  return text;
}

/** The anchor link for a heading with this id and text. */
export function anchorLink(id: string, text: string): Element {
  const name = text.replace(/\s+/g, ' ').trim();
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['anchor'],
      href: `#${id}`,
      ariaLabel: name === '' ? 'Link to this section' : `Link to this section: ${name}`,
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: '#' }],
  };
}

/** Classes of headings only screen readers see (GFM's "Footnotes" label): no visible link to focus. */
const HIDDEN = new Set(['sr-only', 'visually-hidden']);

/** Give a heading with an id its anchor link (once); not a hidden one. */
export function addAnchorLink(heading: Element): void {
  const id = heading.properties.id;
  if (typeof id !== 'string' || id === '') return;
  const classes = heading.properties.className;
  if (Array.isArray(classes) && classes.some((name) => HIDDEN.has(String(name)))) return;
  const last = heading.children.at(-1);
  if (last?.type === 'element' && last.tagName === 'a' && (last.properties.className as string[] | undefined)?.includes('anchor')) return;
  heading.children.push({ type: 'text', value: ' ' }, anchorLink(id, textOf(heading.children)));
}
