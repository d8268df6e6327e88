/**
 * Code blocks coloured at build time, no JavaScript on the page: a fenced
 * block with a language Shiki knows (```js, ```python, …) gets its tokens
 * wrapped in `<span class="hl-…">`, a handful of classes whose colours the
 * stylesheet gives for light and dark. An unknown language, or none, stays
 * plain code; a grammar that fails leaves the block plain too.
 *
 * Shiki is loaded on the first block that needs it (never for a journal
 * without one), synchronously (`require` of its ES modules, Node ≥ 20.19),
 * with its JavaScript engine in "raw" mode over the grammars Shiki ships
 * precompiled (`@shikijs/langs-precompiled`): no WebAssembly to start, no
 * translating a grammar's Oniguruma patterns into JavaScript ones on the
 * first block (that was about 0.2 s of CPU for TypeScript, paid by every
 * cold build with code), and the render pipeline stays synchronous.
 *
 * The code's text comes out as text nodes of the tree, so rehype-stringify
 * escapes it as it escapes the rest of the journal.
 */
import { createRequire } from 'node:module';
import type { Element, ElementContent } from 'hast';

type ShikiCore = typeof import('shiki/core');
type ShikiEngine = typeof import('shiki/engine/javascript');
type ShikiLangs = typeof import('shiki/langs');
type Highlighter = ReturnType<ShikiCore['createHighlighterCoreSync']>;
type LanguageModule = { default: Parameters<Highlighter['loadLanguageSync']>[0] };

/**
 * Our theme: each group of TextMate scopes gets a made-up colour that only
 * names a class (`#000001` → `hl-c`). Anything else is the text colour.
 */
const GROUPS: ReadonlyArray<{ className: string; scope: string[] }> = [
  { className: 'hl-c', scope: ['comment', 'punctuation.definition.comment', 'string.comment'] },
  { className: 'hl-k', scope: ['keyword', 'storage', 'storage.type', 'storage.modifier', 'keyword.operator.new', 'keyword.operator.expression', 'keyword.operator.logical'] },
  { className: 'hl-s', scope: ['string', 'string.regexp', 'punctuation.definition.string', 'markup.inline.raw', 'markup.raw'] },
  { className: 'hl-n', scope: ['constant', 'constant.numeric', 'constant.language', 'constant.character', 'support.constant', 'variable.other.constant', 'variable.language', 'entity.name.constant'] },
  { className: 'hl-f', scope: ['entity.name.function', 'support.function', 'meta.function-call.generic'] },
  { className: 'hl-t', scope: ['entity.name.type', 'entity.name.class', 'entity.name.namespace', 'support.type', 'support.class', 'entity.other.inherited-class', 'entity.name.tag', 'markup.heading', 'entity.name.section'] },
  { className: 'hl-a', scope: ['entity.other.attribute-name', 'variable.parameter', 'support.type.property-name', 'meta.object-literal.key', 'meta.property-name'] },
  { className: 'hl-i', scope: ['markup.inserted', 'punctuation.definition.inserted'] },
  { className: 'hl-d', scope: ['markup.deleted', 'punctuation.definition.deleted'] },
];

const colourOf = (index: number) => `#${(index + 1).toString(16).padStart(6, '0')}`;
const CLASS_BY_COLOUR = new Map(GROUPS.map((group, index) => [colourOf(index).toUpperCase(), group.className]));

const THEME = {
  name: 'logbook',
  type: 'light' as const,
  colors: { 'editor.foreground': '#000000', 'editor.background': '#ffffff' },
  fg: '#000000',
  bg: '#ffffff',
  settings: [
    { settings: { foreground: '#000000', background: '#ffffff' } },
    // Operators (`=`, `+`, `:`) in the text colour: only words are keywords.
    { scope: ['keyword.operator', 'punctuation'], settings: { foreground: '#000000' } },
    ...GROUPS.map((group, index) => ({ scope: group.scope, settings: { foreground: colourOf(index) } })),
  ],
};

/** Lines longer than this stay uncoloured (a minified file is not worth the time). */
const MAX_LINE = 2000;
/**
 * No time limit: with one, a slow machine (the first block also compiles
 * the grammar) would leave a line half coloured, and the same text would
 * give other HTML on another run. The line length above bounds the work.
 */
const NO_TIME_LIMIT = 0;

interface Loaded {
  highlighter: Highlighter;
  /** Every name and alias Shiki knows → its language id. */
  ids: ReadonlyMap<string, string>;
  require: NodeJS.Require;
}

let loaded: Loaded | undefined;

/** Whether Shiki has been loaded in this process (for tests: a journal without code never loads it). */
export function highlighterLoaded(): boolean {
  return loaded !== undefined;
}

function load(): Loaded {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const { createHighlighterCoreSync } = require('shiki/core') as ShikiCore;
  const { createJavaScriptRawEngine } = require('shiki/engine/javascript') as ShikiEngine;
  const { bundledLanguagesInfo } = require('shiki/langs') as ShikiLangs;
  const ids = new Map<string, string>();
  for (const info of bundledLanguagesInfo) {
    ids.set(info.id, info.id);
    for (const alias of info.aliases ?? []) ids.set(alias, info.id);
  }
  const highlighter = createHighlighterCoreSync({ themes: [THEME], langs: [], engine: createJavaScriptRawEngine() });
  loaded = { highlighter, ids, require };
  return loaded;
}

/** The language a `code` element names (`language-js` → `js`), lower-cased. */
function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  if (!Array.isArray(classes)) return undefined;
  for (const name of classes) {
    const text = String(name);
    if (text.startsWith('language-') && text.length > 'language-'.length) return text.slice('language-'.length).toLowerCase();
  }
  return undefined;
}

/** The code element of a `pre` that holds only one. */
function codeOf(pre: Element): Element | undefined {
  const elements = pre.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const code = elements[0];
  return elements.length === 1 && code?.type === 'element' && code.tagName === 'code' ? code : undefined;
}

/** The language id Shiki gives `name`, its grammar loaded; `undefined` when Shiki has none. */
function languageId(name: string): string | undefined {
  // Journals without code never get here, so never load Shiki.
  const { highlighter, ids, require } = load();
  const id = ids.get(name);
  if (id === undefined) return undefined;
  if (!highlighter.getLoadedLanguages().includes(id)) {
    // `id` is one of Shiki's own names (from its list), never the journal's text.
    highlighter.loadLanguageSync((require(`@shikijs/langs-precompiled/${id}`) as LanguageModule).default);
  }
  return id;
}

/** Colour a `pre > code.language-x` block in place; leave anything else as it is. */
export function highlightBlock(pre: Element): void {
  const code = codeOf(pre);
  if (!code) return;
  const name = languageOf(code);
  if (name === undefined) return;
  const text = code.children.every((child) => child.type === 'text') ? code.children.map((child) => (child.type === 'text' ? child.value : '')).join('') : undefined;
  if (text === undefined || text === '') return;
  let children: ElementContent[];
  try {
    const id = languageId(name);
    if (id === undefined) return;
    const lines = loaded!.highlighter.codeToTokensBase(text, { lang: id, theme: 'logbook', tokenizeMaxLineLength: MAX_LINE, tokenizeTimeLimit: NO_TIME_LIMIT });
    children = toHast(lines);
  } catch {
    // A grammar that cannot colour this text: the block stays plain.
    return;
  }
  code.children = children;
}

/** Tokens → text and spans, neighbours of one class merged, lines joined as written. */
function toHast(lines: ReadonlyArray<ReadonlyArray<{ content: string; color?: string }>>): ElementContent[] {
  const out: ElementContent[] = [];
  let className: string | undefined;
  let buffer = '';
  const flush = () => {
    if (buffer === '') return;
    out.push(className === undefined ? { type: 'text', value: buffer } : { type: 'element', tagName: 'span', properties: { className: [className] }, children: [{ type: 'text', value: buffer }] });
    buffer = '';
  };
  lines.forEach((line, index) => {
    if (index > 0) {
      flush();
      className = undefined;
      buffer = '\n';
    }
    for (const token of line) {
      const next = token.color === undefined ? undefined : CLASS_BY_COLOUR.get(token.color.toUpperCase());
      // Spaces are never coloured: they end a span, or join plain text.
      const kind = token.content.trim() === '' ? undefined : next;
      if (kind !== className) {
        flush();
        className = kind;
      }
      buffer += token.content;
    }
  });
  flush();
  return out;
}
