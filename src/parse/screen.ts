/**
 * A cheap, linear look at a file before any parser sees it. The Markdown
 * parser's time grows with the square of nesting depth, of the markers in one
 * paragraph and of the items in one list, and a deep tree overflows the stack
 * when it is turned into HTML; the YAML parser recurses once per nesting
 * level. Files past these limits get a `file/too-complex` finding instead of
 * a hang or a crash. The limits are far above anything written by hand.
 */

/** Limits a hand-written journal never comes near. */
export const LIMITS = {
  /** Characters in one file. */
  maxChars: 512 * 1024,
  /** Lines in one file. */
  maxLines: 20_000,
  /** Nested block quotes, list items or YAML collections at one line. */
  maxNesting: 32,
  /** Emphasis, code, strike-through, HTML or bracket markers on one line. */
  maxMarkersPerLine: 1_000,
  /** The same markers in one paragraph (a run of lines without a blank line or a new list item). */
  maxMarkersPerParagraph: 1_000,
  /** The same markers in one file, outside fenced code. */
  maxMarkersPerFile: 20_000,
  /** List items in one file. */
  maxListItems: 1_000,
  /** Table cell separators (`|`) in one file, outside fenced code. */
  maxPipes: 10_000,
  /** Raw HTML elements left open at once (with `allowHtml` they nest in the page). */
  maxHtmlNesting: 100,
} as const;

export interface ScreenProblem {
  line: number;
  column: number;
  message: string;
}

const MARKERS = /[*_`[\]<>~]/g;
/** The start of an HTML start or end tag, read at a `<` (`<https://…>` autolinks and `a < b` are not). */
const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;
/** What must follow a tag's name. */
const AFTER_NAME = /[\s/>]/;
/** Elements that never hold others: void ones, and those the HTML parser closes by itself. */
const NEVER_NEST = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rt', 'rp',
]);
const TASK_BOX = /^\[[ xX]\]/;
const BLANK = /^[ \t]*$/;

/** The container prefix of a Markdown line: how deep it nests, and whether it opens a list item. */
interface Prefix {
  depth: number;
  listItem: boolean;
  /** Where the line's own content starts. */
  rest: number;
}

/** Read the block quote and list markers (and the indentation around them) at the start of a line. */
function readPrefix(line: string): Prefix {
  let depth = 0;
  let listItem = false;
  let spaceColumns = 0;
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') spaceColumns += line[i++] === '\t' ? 4 : 1;
    const char = line[i];
    let end = -1;
    if (char === '>') end = i + 1;
    else if ((char === '-' || char === '*' || char === '+') && isMarkerEnd(line, i + 1)) end = i + 1;
    else if (char !== undefined && char >= '0' && char <= '9') {
      let j = i;
      while (j < line.length && j - i < 9 && line[j]! >= '0' && line[j]! <= '9') j++;
      if ((line[j] === '.' || line[j] === ')') && isMarkerEnd(line, j + 1)) end = j + 1;
    }
    if (end === -1) break;
    depth++;
    if (char !== '>') listItem = true;
    i = end;
    if (line[i] === ' ' || line[i] === '\t') i++; // the one space that belongs to the marker
  }
  return { depth: depth + Math.floor(spaceColumns / 2), listItem, rest: i };
}

function isMarkerEnd(line: string, index: number): boolean {
  return index >= line.length || line[index] === ' ' || line[index] === '\t';
}

/** A fenced code block opened at the start of a line (its content is never parsed as Markdown). */
interface Fence {
  char: '`' | '~';
  length: number;
}

function openFence(line: string): Fence | undefined {
  const match = /^(?:`{3,}|~{3,})/.exec(line);
  if (!match) return undefined;
  const char = match[0][0] as '`' | '~';
  if (char === '`' && line.includes('`', match[0].length)) return undefined; // inline code, not a fence
  return { char, length: match[0].length };
}

function closesFence(line: string, fence: Fence): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return match !== null && match[1]![0] === fence.char && match[1]!.length >= fence.length;
}

const formatted = (count: number) => count.toLocaleString('en');

/** Return why a Markdown file is too complex to parse safely, or `undefined` when it is fine. */
export function screenMarkdown(text: string): ScreenProblem | undefined {
  const tooLarge = screenSize(text);
  if (tooLarge) return tooLarge;
  let paragraphMarkers = 0;
  let fileMarkers = 0;
  let listItems = 0;
  let pipes = 0;
  let htmlDepth = 0;
  let fence: Fence | undefined;
  // A fence is trusted only where the parser surely reads one: not inside front matter, not
  // after a line that may open an HTML block (whose content is raw, so a ``` line there opens
  // nothing), not right after a possible table row. Elsewhere its content is counted like any line.
  let inFrontMatter = /^---[ \t]*(\r\n|\r|\n)/.test(text);
  let fencesTrusted = true;
  let previous = '';
  let lineNumber = 0;
  for (const line of lines(text)) {
    lineNumber++;
    const at = (message: string): ScreenProblem => ({ line: lineNumber, column: 1, message });
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    if (inFrontMatter && lineNumber > 1 && /^---[ \t]*$/.test(line)) inFrontMatter = false;
    if (/^ {0,3}</.test(line)) fencesTrusted = false;
    fence = fencesTrusted && !inFrontMatter && !previous.includes('|') ? openFence(line) : undefined;
    previous = line;
    if (fence) {
      paragraphMarkers = 0;
      continue;
    }

    const prefix = readPrefix(line);
    if (prefix.depth > LIMITS.maxNesting) {
      return at(`This line is nested more than ${LIMITS.maxNesting} levels deep (block quotes or lists), which logbook cannot render safely: flatten it.`);
    }
    if (prefix.listItem && ++listItems > LIMITS.maxListItems) {
      return at(`This file has more than ${formatted(LIMITS.maxListItems)} list items, more than logbook parses in reasonable time: split it into smaller files.`);
    }
    let content = line.slice(prefix.rest);
    if (prefix.listItem) {
      paragraphMarkers = 0;
      content = content.replace(TASK_BOX, '');
    }
    if (BLANK.test(content)) {
      paragraphMarkers = 0;
      continue;
    }

    const markers = content.match(MARKERS)?.length ?? 0;
    if (markers > LIMITS.maxMarkersPerLine) {
      return at(`This line has ${formatted(markers)} Markdown markers (*, _, \`, ~, <, brackets), more than the ${formatted(LIMITS.maxMarkersPerLine)} logbook parses safely: break it up.`);
    }
    paragraphMarkers += markers;
    if (paragraphMarkers > LIMITS.maxMarkersPerParagraph) {
      return at(`This paragraph has more than ${formatted(LIMITS.maxMarkersPerParagraph)} Markdown markers (*, _, \`, ~, <, brackets), more than logbook parses safely: split it with blank lines.`);
    }
    fileMarkers += markers;
    if (fileMarkers > LIMITS.maxMarkersPerFile) {
      return at(`This file has more than ${formatted(LIMITS.maxMarkersPerFile)} Markdown markers (*, _, \`, ~, <, brackets), more than logbook parses safely: split it into smaller files.`);
    }
    pipes += count(content, '|');
    if (pipes > LIMITS.maxPipes) {
      return at(`This file has more than ${formatted(LIMITS.maxPipes)} table cells, more than logbook parses in reasonable time: split the table or the file.`);
    }
    if (content.includes('<')) {
      htmlDepth = htmlNesting(content, htmlDepth);
      if (htmlDepth > LIMITS.maxHtmlNesting) {
        return at(`More than ${LIMITS.maxHtmlNesting} HTML elements are open here at once, more than logbook renders safely: close them.`);
      }
    }
  }
  return undefined;
}

/** How many HTML elements are open after a line, given how many were before (code spans left out). */
function htmlNesting(line: string, depth: number): number {
  let open = depth;
  const text = withoutCodeSpans(line);
  // Each tag runs from its `<` to the first `>` after it; without a `>` further on, no tag is left.
  for (let at = text.indexOf('<'); at !== -1; ) {
    TAG_START.lastIndex = at;
    const start = TAG_START.exec(text);
    if (!start || !AFTER_NAME.test(text[TAG_START.lastIndex] ?? '')) {
      at = text.indexOf('<', at + 1);
      continue;
    }
    const end = text.indexOf('>', TAG_START.lastIndex);
    if (end === -1) break;
    const [, closing, name] = start;
    const selfClosing = end > TAG_START.lastIndex && text[end - 1] === '/';
    if (!NEVER_NEST.has(name!.toLowerCase()) && !selfClosing) open = closing ? Math.max(0, open - 1) : open + 1;
    at = text.indexOf('<', end + 1);
  }
  return open;
}

/**
 * A line without its code spans: a run of backticks up to the next run of
 * the same length (CommonMark's rule), in one pass. A run without a closing
 * one stays as text.
 */
function withoutCodeSpans(line: string): string {
  if (!line.includes('`')) return line;
  const runs: { start: number; end: number }[] = [];
  for (let i = line.indexOf('`'); i !== -1; ) {
    let end = i;
    while (line[end] === '`') end++;
    runs.push({ start: i, end });
    i = line.indexOf('`', end);
  }
  // For each run, the next run of the same length (found from the right, so in one pass).
  const nextSameLength = new Array<number>(runs.length).fill(-1);
  const lastSeen = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    const length = runs[r]!.end - runs[r]!.start;
    nextSameLength[r] = lastSeen.get(length) ?? -1;
    lastSeen.set(length, r);
  }
  let result = '';
  let copied = 0;
  for (let r = 0; r < runs.length; r++) {
    const closer = nextSameLength[r]!;
    if (closer === -1) continue;
    result += line.slice(copied, runs[r]!.start);
    copied = runs[closer]!.end;
    r = closer;
  }
  return result + line.slice(copied);
}

/** Return why a YAML text (front matter or journal.yml) is too complex to read safely, or `undefined`. */
export function screenYaml(text: string): ScreenProblem | undefined {
  const tooLarge = screenSize(text);
  if (tooLarge) return tooLarge;
  let flowDepth = 0;
  let lineNumber = 0;
  for (const line of lines(text)) {
    lineNumber++;
    let blockDepth = 0;
    const indent = /^[ \t]*(?:-[ \t]+)*/.exec(line)![0];
    for (const char of indent) blockDepth += char === '-' ? 2 : char === '\t' ? 4 : 1;
    const problem = {
      line: lineNumber,
      column: 1,
      message: `This YAML is nested more than ${LIMITS.maxNesting} levels deep, more than logbook reads safely: flatten it.`,
    };
    if (Math.floor(blockDepth / 2) + flowDepth > LIMITS.maxNesting) return problem;
    // The deepest point may be inside the line: `[[[…]]]` closes again before the line ends.
    for (let column = 0; column < line.length; column++) {
      const char = line[column];
      if (char === '[' || char === '{') {
        if (Math.floor(blockDepth / 2) + ++flowDepth > LIMITS.maxNesting) return { ...problem, column: column + 1 };
      } else if ((char === ']' || char === '}') && flowDepth > 0) {
        flowDepth--;
      }
    }
  }
  return undefined;
}

function screenSize(text: string): ScreenProblem | undefined {
  if (text.length > LIMITS.maxChars) {
    return {
      line: 1,
      column: 1,
      message: `This file has ${formatted(text.length)} characters, more than the ${formatted(LIMITS.maxChars)} logbook reads safely: split it into smaller files.`,
    };
  }
  const lineCount = (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  if (lineCount > LIMITS.maxLines) {
    return { line: 1, column: 1, message: `This file has ${formatted(lineCount)} lines, more than the ${formatted(LIMITS.maxLines)} logbook reads safely: split it into smaller files.` };
  }
  return undefined;
}

/** The lines of a text, split at LF, CRLF and a lone CR, as the parsers count them. */
function* lines(text: string): Generator<string> {
  const ending = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = ending.exec(text); match; match = ending.exec(text)) {
    yield text.slice(start, match.index);
    start = match.index + match[0].length;
  }
  yield text.slice(start);
}

function count(text: string, char: string): number {
  let total = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) total++;
  return total;
}
