/**
 * Front matter, read as data and nothing else.
 *
 * gray-matter finds the block, but every code engine it ships (`---js`,
 * `---javascript`, coffee) is replaced by one that refuses, and the language
 * after the opening fence is screened before gray-matter sees the text. The
 * YAML itself is parsed by the `yaml` package (YAML 1.2 core schema, so
 * `2026-02-30` stays text and is never rolled over), with anchors, aliases,
 * custom tags and prototype keys refused, and positions kept for findings.
 */
import matter from 'gray-matter';
import type { VFile } from 'vfile';
import { report } from '../findings/finding.js';
import type { Place } from '../model/types.js';
import { readYaml, type FieldPath, type SafeYaml } from './safe-yaml.js';

export type { FieldPath };

export interface FrontMatter {
  /** The data, or `{}` when there is none or it could not be read safely. */
  data: Record<string, unknown>;
  /** Whether a front matter block was found (even a broken one). */
  present: boolean;
  /** Whether it was read without an error (fields can be trusted). */
  ok: boolean;
  /** Where a key (or, with `value`, its value) stands in the file. */
  locate(path: FieldPath, part?: 'key' | 'value'): Place;
}

const FENCE = /^---[ \t]*$/;

function refuse(): never {
  throw new Error('front matter that runs code is not allowed');
}

/** gray-matter engines: only YAML, and that one handled by our own parser. */
function safeEngines(parseYaml: (text: string) => object) {
  return {
    yaml: { parse: parseYaml, stringify: refuse },
    yml: { parse: parseYaml, stringify: refuse },
    javascript: { parse: refuse, stringify: refuse },
    js: { parse: refuse, stringify: refuse },
    coffee: { parse: refuse, stringify: refuse },
    coffeescript: { parse: refuse, stringify: refuse },
    cson: { parse: refuse, stringify: refuse },
    json: { parse: refuse, stringify: refuse },
    toml: { parse: refuse, stringify: refuse },
  };
}

const firstLine: Place = { line: 1, column: 1 };

/** Read the front matter of a file (its value already decoded, BOM removed). */
export function parseFrontMatter(file: VFile): FrontMatter {
  // Every line ending (CRLF, or a lone CR as the Markdown parser also reads it) becomes LF; line numbers stay the same.
  const text = String(file.value).replace(/\r\n?/g, '\n');
  const none: FrontMatter = { data: {}, present: false, ok: true, locate: () => firstLine };
  const lines = text.split('\n');

  if (!lines[0]?.startsWith('---')) {
    const opener = lines.findIndex((line) => line.trim() !== '');
    if (opener > 0 || (opener === 0 && /^\s+---/.test(lines[0]!))) {
      if (/^\s*---[ \t]*$/.test(lines[opener]!) && lines.slice(opener + 1).some((line) => FENCE.test(line))) {
        report(file, {
          rule: 'frontmatter/syntax',
          place: { line: opener + 1, column: 1 },
          message:
            'Front matter must start on the very first line: remove the blank lines or spaces before `---`, or it is read as body text.',
        });
        return { ...none, present: true, ok: false };
      }
    }
    return none;
  }

  if (lines[0].startsWith('----')) return none; // a thematic break, not a fence
  const language = lines[0].slice(3).trim();
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    report(file, {
      rule: 'frontmatter/unsafe',
      place: { line: 1, column: 4 },
      message: `Front matter in \`${language}\` is not allowed: logbook reads YAML only and never runs code. Rewrite it as plain YAML after a bare \`---\`.`,
    });
    return { ...none, present: true, ok: false };
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) {
    report(file, {
      rule: 'frontmatter/syntax',
      place: firstLine,
      message: 'The front matter is never closed: add a line with only `---` after its last field.',
    });
    return { ...none, present: true, ok: false };
  }

  let yaml: SafeYaml | undefined;
  const parseYaml = (yamlText: string) => {
    // The opening fence line is the first line of the text gray-matter hands
    // over, so YAML line numbers are the file's line numbers.
    yaml = readYaml(yamlText, file, 'front matter');
    return {};
  };

  try {
    matter(text, { language: 'yaml', engines: safeEngines(parseYaml) } as never);
  } catch {
    report(file, {
      rule: 'frontmatter/unsafe',
      place: firstLine,
      message: 'This front matter could not be read as plain YAML; logbook never runs code from a journal.',
    });
    return { ...none, present: true, ok: false };
  }

  if (!yaml) return { ...none, present: true };
  return { ...yaml, present: true };
}

