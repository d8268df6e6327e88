/**
 * A cheap look at a file before the Markdown parser sees it. The parser's
 * time grows fast with nesting depth and long runs of markers, and a deep
 * tree overflows the stack when turned into HTML, so such files get a
 * `file/too-complex` finding instead of a hang or a crash.
 */

/** Limits a hand-written journal never comes near. */
export const LIMITS = {
  /** Bytes of text in one file. */
  maxChars: 512 * 1024,
  /** Nested block quotes and list items on one line. */
  maxNesting: 32,
  /** Emphasis, code or bracket markers on one line. */
  maxMarkersPerLine: 1_000,
  /** Lines in one file. */
  maxLines: 20_000,
} as const;

export interface ScreenProblem {
  line: number;
  column: number;
  message: string;
}

const CONTAINER = /^ {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const MARKERS = /[*_`[\]<>~]/g;

/** Return why a text is too complex to parse safely, or `undefined` when it is fine. */
export function screenMarkdown(text: string): ScreenProblem | undefined {
  if (text.length > LIMITS.maxChars) {
    return {
      line: 1,
      column: 1,
      message: `This file has ${text.length.toLocaleString('en')} characters, more than the ${LIMITS.maxChars.toLocaleString('en')} logbook reads safely: split it into smaller files.`,
    };
  }
  let lineNumber = 0;
  let start = 0;
  while (start <= text.length) {
    lineNumber++;
    if (lineNumber > LIMITS.maxLines) {
      return { line: lineNumber, column: 1, message: `This file has more than ${LIMITS.maxLines.toLocaleString('en')} lines: split it into smaller files.` };
    }
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const problem = screenLine(text.slice(start, end), lineNumber);
    if (problem) return problem;
    start = end + 1;
  }
  return undefined;
}

function screenLine(line: string, lineNumber: number): ScreenProblem | undefined {
  let depth = 0;
  let rest = line;
  let indentDepth = 0;
  const indent = /^[ \t]*/.exec(rest)![0];
  indentDepth = Math.floor(indent.replace(/\t/g, '    ').length / 2);
  for (;;) {
    const match = CONTAINER.exec(rest);
    if (!match || match[0].length === 0) break;
    depth++;
    rest = rest.slice(match[0].length);
    if (depth + indentDepth > LIMITS.maxNesting) break;
  }
  if (depth + indentDepth > LIMITS.maxNesting) {
    return {
      line: lineNumber,
      column: 1,
      message: `This line is nested more than ${LIMITS.maxNesting} levels deep (block quotes or lists), which logbook cannot render safely: flatten it.`,
    };
  }
  if (line.length > LIMITS.maxMarkersPerLine) {
    const markers = line.match(MARKERS)?.length ?? 0;
    if (markers > LIMITS.maxMarkersPerLine) {
      return {
        line: lineNumber,
        column: 1,
        message: `This line has ${markers.toLocaleString('en')} Markdown markers (*, _, \`, brackets), more than the ${LIMITS.maxMarkersPerLine.toLocaleString('en')} logbook parses safely: break it up.`,
      };
    }
  }
  return undefined;
}
