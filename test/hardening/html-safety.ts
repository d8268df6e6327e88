/**
 * An independent judge of HTML: parse it as a browser would (parse5) and list
 * everything in it that could run code or send a reader somewhere by script:
 * script elements, event-handler attributes, `srcdoc`, and URL attributes
 * whose scheme is not on the allow-list (after the browser's own decoding of
 * entities, tabs and newlines).
 */
import { parse, parseFragment } from 'parse5';

/** Schemes a reader's browser may follow from the site. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'xmpp:', 'irc:', 'ircs:', 'webcal:']);

/** Attributes whose value is a URL. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'data', 'cite', 'background', 'ping', 'manifest', 'codebase', 'longdesc', 'usemap',
]);

/** Elements that run code, replace the page or load a document whatever their attributes say. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'object', 'embed', 'applet', 'base', 'frame', 'frameset', 'form', 'portal']);

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string; prefix?: string }[];
  childNodes?: Node[];
  content?: Node;
}

export interface JudgeOptions {
  /** `src` values of scripts the site itself ships (the search page), allowed as they are. */
  ownScripts?: ReadonlySet<string>;
  /** Whether the HTML is a whole page (else a fragment). */
  page?: boolean;
}

/** Every unsafe thing in some HTML, described in one line each; empty when it is safe. */
export function unsafeParts(html: string, { ownScripts = new Set(), page = false }: JudgeOptions = {}): string[] {
  const problems: string[] = [];
  const walk = (node: Node) => {
    const tag = node.tagName;
    if (tag) {
      const attributes = new Map((node.attrs ?? []).map((attr) => [attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value]));
      if (tag === 'script') {
        const src = attributes.get('src');
        const own = src !== undefined && ownScripts.has(src) && (node.childNodes ?? []).length === 0;
        const data = attributes.get('type') === 'application/ld+json' || attributes.get('type') === 'application/json';
        if (!own && !data) problems.push(`<script${src ? ` src="${src}"` : ''}>`);
      } else if (FORBIDDEN_ELEMENTS.has(tag) && !(tag === 'form' && page)) {
        // A page's own search form is fine (its action is checked below); Markdown may not bring forms.
        problems.push(`<${tag}>`);
      } else if (tag === 'meta' && attributes.has('http-equiv')) {
        problems.push(`<meta http-equiv="${attributes.get('http-equiv')}">`);
      } else if (tag === 'style' && !page) {
        problems.push('<style> in rendered Markdown');
      }
      for (const [name, value] of attributes) {
        if (name.toLowerCase().startsWith('on')) problems.push(`<${tag} ${name}>`);
        else if (name === 'srcdoc') problems.push(`<${tag} srcdoc>`);
        else if (name === 'style' && !page) problems.push(`<${tag} style> in rendered Markdown`);
        else if (URL_ATTRIBUTES.has(name) && !safeUrl(value)) problems.push(`<${tag} ${name}="${value}">`);
        else if (name === 'srcset' && value.split(',').some((part) => !safeUrl(part.trim().split(/\s+/)[0] ?? ''))) {
          problems.push(`<${tag} srcset="${value}">`);
        }
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content); // <template>
  };
  walk((page ? parse(html) : parseFragment(html)) as unknown as Node);
  return problems;
}

/** Whether a URL, resolved as a browser resolves it, uses a safe scheme (relative URLs are safe). */
export function safeUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, 'https://journal.example/base/');
  } catch {
    return true; // a browser cannot follow it either
  }
  return SAFE_SCHEMES.has(url.protocol);
}
