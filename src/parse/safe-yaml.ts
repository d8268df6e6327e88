/**
 * YAML read as data only, with the `yaml` package: YAML 1.2 core schema (so
 * `2026-02-30` and `yes` stay text), duplicate keys refused, and anchors,
 * aliases, custom tags and prototype keys reported as unsafe. Positions come
 * from the parser's own node ranges.
 */
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { VFile } from 'vfile';
import { report } from '../findings/finding.js';
import type { Place } from '../model/types.js';
import { screenYaml } from './screen.js';

/** Path of a value inside a YAML map (`['tags', 2]`). */
export type FieldPath = readonly (string | number)[];

export interface SafeYaml {
  /** The data, or `{}` when it could not be read safely. */
  data: Record<string, unknown>;
  /** Whether it was read without an error. */
  ok: boolean;
  /** Where a key (or, with `value`, its value) stands in the file. */
  locate(path: FieldPath, part?: 'key' | 'value'): Place;
}

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const firstLine: Place = { line: 1, column: 1 };

/**
 * Read a YAML map. `what` names it in messages ("front matter", "journal.yml").
 * Line numbers in `text` must be the file's line numbers.
 */
export function readYaml(source: string, file: VFile, what: string): SafeYaml {
  // A lone CR ends a line for the Markdown parser but not for the YAML one: make them agree.
  const text = source.replace(/\r\n?/g, '\n');
  const tooComplex = screenYaml(text);
  if (tooComplex) {
    report(file, { rule: 'file/too-complex', place: tooComplex, message: tooComplex.message });
    return { data: {}, ok: false, locate: () => firstLine };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const toPlace = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locate = (path: FieldPath, part: 'key' | 'value' = 'key'): Place => {
    const node = findNode(doc, path, part);
    return node?.range ? toPlace(node.range[0]) : { line: Math.min(2, lineCounter.lineStarts.length), column: 1 };
  };
  const failed: SafeYaml = { data: {}, ok: false, locate };
  const rule = what === 'front matter' ? 'frontmatter/syntax' : 'config/field';
  const unsafeRule = what === 'front matter' ? 'frontmatter/unsafe' : 'config/field';

  const error = doc.errors[0];
  if (error && /call stack/i.test(error.message)) {
    // The screen above keeps nesting far below this; should the parser still run out of stack, say so plainly.
    report(file, {
      rule: 'file/too-complex',
      place: toPlace(Math.min(error.pos[0], Math.max(text.length - 1, 0))),
      message: `The ${what} is nested too deeply to read safely: flatten it.`,
    });
    return failed;
  }
  if (error) {
    report(file, {
      rule,
      place: toPlace(Math.min(errorOffset(text, error.code, error.message, error.pos[0]), Math.max(text.length - 1, 0))),
      message: `The ${what} is not valid YAML: ${describeYamlError(error.code, error.message)}`,
    });
    return failed;
  }

  let safe = true;
  const flag = (node: YamlNode, message: string) => {
    safe = false;
    report(file, { rule: unsafeRule, place: node.range ? toPlace(node.range[0]) : firstLine, message });
    return visit.BREAK;
  };
  visit(doc, {
    Alias: (_, node) => flag(node, `YAML aliases (\`*name\`) are not allowed in the ${what}: write the value out in full.`),
    Node(_, node) {
      if (isAlias(node)) return undefined;
      if ('anchor' in node && node.anchor) {
        return flag(node, `YAML anchors (\`&name\`) are not allowed in the ${what}: write each value out in full.`);
      }
      if (node.tag && !CORE_TAGS.has(node.tag)) {
        const tag = node.tag.replace('tag:yaml.org,2002:', '!!');
        return flag(node, `The YAML tag \`${tag}\` is not allowed: the ${what} holds plain text, numbers, lists and true/false only.`);
      }
      return undefined;
    },
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        return isNode(pair.key) ? flag(pair.key, 'Keys must be plain words.') : visit.BREAK;
      }
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key) && isNode(pair.key)) {
        return flag(pair.key, `The key \`${key}\` is not allowed: rename or remove it.`);
      }
      return undefined;
    },
  });
  if (!safe) return failed;

  const contents = doc.contents;
  if (contents !== null && !isMap(contents) && !(isScalar(contents) && contents.value === null)) {
    report(file, {
      rule,
      place: contents.range ? toPlace(contents.range[0]) : firstLine,
      message: `The ${what} must be a list of \`key: value\` lines.`,
    });
    return failed;
  }

  const data = (doc.toJS({ maxAliasCount: 0 }) ?? {}) as Record<string, unknown>;
  return { data, ok: true, locate };
}

/** Find the node of a key or value at a path. */
function findNode(doc: Document, path: FieldPath, part: 'key' | 'value'): YamlNode | undefined {
  let current: unknown = doc.contents;
  let keyNode: YamlNode | undefined;
  for (const step of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === step);
      if (!pair) break;
      keyNode = isNode(pair.key) ? pair.key : undefined;
      current = pair.value;
    } else if (current && typeof current === 'object' && 'items' in current && typeof step === 'number') {
      current = (current as { items: unknown[] }).items[step];
      keyNode = isNode(current) ? current : keyNode;
    } else {
      break;
    }
  }
  if (part === 'value' && isNode(current)) return current;
  return keyNode ?? (isNode(current) ? current : undefined);
}

/** Where to point for a YAML error: an unclosed quote is reported where the quote opens, not at the end of the text. */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  if (code !== 'MISSING_CHAR' || !/closing ["']quote/.test(message)) return offset;
  const quote = message.includes('"quote') ? '"' : "'";
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"' && text[i - 1] === '\\') continue;
    if (quote === "'" && (text[i - 1] === "'" || text[i + 1] === "'")) continue;
    return i;
  }
  return offset;
}

function describeYamlError(code: string, message: string): string {
  const firstSentence = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a key appears twice; keep one of them.';
    case 'BAD_INDENT':
      return `${firstSentence}. Check the indentation of this line.`;
    case 'MISSING_CHAR':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `${firstSentence}. A value with a colon or a quote may need quotes around it.`;
    default:
      return `${firstSentence}.`;
  }
}
