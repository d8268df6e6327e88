/**
 * Markdown → safe HTML from the already-parsed mdast (never parsed again):
 * remark-rehype → (rehype-raw when the journal allows HTML) →
 * rehype-sanitize → our own transforms → rehype-stringify. The shared mdast
 * is never changed: the transforms work on the fresh hast.
 */
import { createHash } from 'node:crypto';
import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { splitHashtags } from './goal-hashtags.js';
import { headingSlugs } from '../../parse/heading-anchors.js';
import { httpsOnlyEmbeds } from './https-embeds.js';
import type { SiteLinks } from './site-links.js';
import { transformHtml } from './transform-html.js';
import { treeOf } from '../../model/trees.js';
import type { Entry } from '../../model/types.js';

/**
 * Rendered HTML kept between builds: keyed by everything the output depends
 * on (the nodes, the options, the journal's links), so a hit is always what
 * rendering would give.
 */
export interface RenderMemo {
  get(key: string): string | undefined;
  set(key: string, html: string): void;
}

/** A short hash of each Markdown file's exact text, by content path (see the workspace). */
export interface SourceHashes {
  get(path: string): string | undefined;
}

export interface RendererOptions {
  /** Reuse HTML rendered by earlier builds (of a serve session, or kept in the cache folder). */
  memo?: RenderMemo;
  /** Hashes of the Markdown files' text, which make memo keys cheap. */
  sources?: SourceHashes;
  /** `allowHtml` from journal.yml: raw HTML is kept, still sanitised. */
  allowHtml: boolean;
  links: SiteLinks;
}

export interface RenderOptions {
  /** Content path of the file the nodes come from (for relative links). */
  from: string;
  /** Prepended to site paths (default `/`). */
  base?: string;
  /** The shallowest heading level allowed in the output (default 2). */
  top?: number;
  /** A `#` link to each heading's id (default true; a feed entry has none). */
  anchors?: boolean;
}

/** Renders mdast nodes to an HTML string. */
export type RenderMarkdown = (nodes: Root | readonly RootContent[], options: RenderOptions) => string;

/** Renders plain text (an intention, a milestone) to HTML, linking `#goal` references. */
export type RenderInline = (text: string, options?: { base?: string }) => string;

/** The sanitiser's schema: GitHub's defaults, and nothing that runs. */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  allowComments: false,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'xmpp', 'irc', 'ircs'],
    src: ['http', 'https'],
  },
};

/**
 * With `allowHtml`, embeds are allowed too (videos, audio, iframes; their
 * `src` and `poster` from https or the site only, see https-embeds.ts);
 * scripts, event handlers and script URLs never are.
 */
export const EMBED_SCHEMA: SanitizeSchema = {
  ...SANITIZE_SCHEMA,
  tagNames: [...(SANITIZE_SCHEMA.tagNames ?? []), 'iframe', 'video', 'audio', 'source', 'figure', 'figcaption'],
  attributes: {
    ...SANITIZE_SCHEMA.attributes,
    iframe: ['src', 'title', 'width', 'height', 'allow', 'allowFullScreen', 'loading', 'referrerPolicy'],
    video: ['src', 'controls', 'width', 'height', 'poster', 'preload', 'muted', 'loop'],
    audio: ['src', 'controls', 'preload'],
    source: ['src', 'type'],
  },
  protocols: { ...SANITIZE_SCHEMA.protocols, poster: ['https'] },
};

/** The memo's value for `key`, made (and kept) when it has none. */
export function remember(memo: RenderMemo, key: string, make: () => string): string {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    memo.set(key, value);
  }
  return value;
}

/**
 * Renders a whole file. With a memo and the file's text hash, a hit is found
 * by the hash alone, and the tree is never read.
 */
export type RenderFile = (file: Entry, options?: Omit<RenderOptions, 'from'>) => string;

export interface MarkdownRenderers {
  render: RenderMarkdown;
  renderFile: RenderFile;
}

/** Make a renderer for one journal. */
export function createMarkdownRenderer(options: RendererOptions): RenderMarkdown {
  return createMarkdownRenderers(options).render;
}

/** Make the renderers for one journal: for some nodes, and for a whole file. */
export function createMarkdownRenderers({ allowHtml, links, memo, sources }: RendererOptions): MarkdownRenderers {
  const plain = createRenderer({ allowHtml, links });
  if (!memo) return { render: plain, renderFile: (file, options) => plain(treeOf(file), { ...options, from: file.path }) };
  const linksKey = createHash('sha1')
    .update(JSON.stringify([allowHtml, [...links.byPath], [...links.goals], [...links.hiddenGoals]]))
    .digest('base64url');
  const render: RenderMarkdown = (nodes, options) =>
    remember(memo, memoKey(linksKey, 'type' in nodes ? nodes.children : nodes, options, sources, links), () => plain(nodes, options));
  return {
    render,
    renderFile(file, options = {}) {
      const source = sources?.get(file.path);
      if (source === undefined) return render(treeOf(file), { ...options, from: file.path });
      // The whole tree is a function of the text: the hash names it.
      return remember(memo, `${linksKey} ${source} ${options.base ?? '/'} ${options.top ?? 2} ${options.anchors ?? true} file`, () => plain(treeOf(file), { ...options, from: file.path }));
    },
  };
}

/**
 * What a rendering depends on: the journal's links, the options, and the
 * nodes. Nodes that all come from a file whose text hash is known are named
 * by that hash and their places in the file (parsing the same text gives
 * the same nodes); others by their whole JSON, which costs far more.
 */
function memoKey(linksKey: string, nodes: readonly RootContent[], options: RenderOptions, sources: SourceHashes | undefined, links: SiteLinks): string {
  const source = sources?.get(options.from);
  const places = source === undefined ? undefined : placesOf(nodes);
  if (places !== undefined) return `${linksKey} ${source} ${options.base ?? '/'} ${options.top ?? 2} ${options.anchors ?? true} ${places}`;
  // Heading ids are counted over the whole file, not only these nodes.
  const entry = links.entries?.get(options.from);
  const tree = entry && treeOf(entry);
  const slugs = tree ? [...headingSlugs(tree)] : [];
  return createHash('sha1').update(linksKey).update('\0').update(JSON.stringify([options, nodes, slugs])).digest('base64url');
}

/** `start-end,` offsets of each node in its file, or `undefined` when a node has no position. */
function placesOf(nodes: readonly RootContent[]): string | undefined {
  let places = '';
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    places += `${start}-${end},`;
  }
  return places;
}

function createRenderer({ allowHtml, links }: RendererOptions): RenderMarkdown {
  const toHast = unified()
    // The sanitiser prefixes ids itself (and rewrite-links prefixes `#` links): a second prefix would break footnotes.
    .use(remarkRehype, { allowDangerousHtml: allowHtml, clobberPrefix: '' })
    .use(allowHtml ? [rehypeRaw] : [])
    .use(rehypeSanitize, allowHtml ? EMBED_SCHEMA : SANITIZE_SCHEMA)
    .use(allowHtml ? [() => httpsOnlyEmbeds] : [])
    .freeze();
  const toHtml = unified().use(rehypeStringify).freeze();

  return (nodes, { from, base = '/', top = 2, anchors = true }) => {
    const children = ('type' in nodes ? nodes.children : nodes).filter((node) => node.type !== 'yaml');
    const root: Root = { type: 'root', children: [...children] };
    const tree = toHast.runSync(root) as HastRoot;
    transformHtml(tree, { from, links, base, top, anchors });
    return toHtml.stringify(tree);
  };
}

/** Make an inline renderer: escaped text, with published goals' `#slug` linked and hidden ones removed. */
export function createInlineRenderer(links: SiteLinks): RenderInline {
  const toHtml = unified().use(rehypeStringify).freeze();
  return (text, { base = '/' } = {}) => {
    const tree: HastRoot = { type: 'root', children: splitHashtags(text, links, base) ?? [{ type: 'text', value: text }] };
    return toHtml.stringify(tree).trim();
  };
}
