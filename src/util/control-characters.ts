/**
 * Characters that have no place in a journal's text: C0 control codes other
 * than tab, line feed and carriage return, DELETE, the C1 control codes
 * (U+0080–U+009F) and the noncharacters U+FFFE and U+FFFF. XML forbids most
 * of them outright and iCalendar forbids all control codes, so check reports
 * them and the feed, sitemap and calendar writers remove whatever gets past.
 */

/** What check reports (one character class, no quantifier). */
const REPORTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** What no XML or iCalendar output carries: the reported characters and lone surrogates. */
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const C0_NAMES = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL',
  'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN', 'SHIFT OUT', 'SHIFT IN',
  'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE', 'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL', 'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE',
  'INFORMATION SEPARATOR FOUR', 'INFORMATION SEPARATOR THREE', 'INFORMATION SEPARATOR TWO', 'INFORMATION SEPARATOR ONE',
];

const C1_NAMES = [
  'PADDING CHARACTER', 'HIGH OCTET PRESET', 'BREAK PERMITTED HERE', 'NO BREAK HERE', 'INDEX', 'NEXT LINE',
  'START OF SELECTED AREA', 'END OF SELECTED AREA', 'CHARACTER TABULATION SET', 'CHARACTER TABULATION WITH JUSTIFICATION',
  'LINE TABULATION SET', 'PARTIAL LINE FORWARD', 'PARTIAL LINE BACKWARD', 'REVERSE LINE FEED', 'SINGLE SHIFT TWO',
  'SINGLE SHIFT THREE', 'DEVICE CONTROL STRING', 'PRIVATE USE ONE', 'PRIVATE USE TWO', 'SET TRANSMIT STATE',
  'CANCEL CHARACTER', 'MESSAGE WAITING', 'START OF GUARDED AREA', 'END OF GUARDED AREA', 'START OF STRING',
  'SINGLE GRAPHIC CHARACTER INTRODUCER', 'SINGLE CHARACTER INTRODUCER', 'CONTROL SEQUENCE INTRODUCER', 'STRING TERMINATOR',
  'OPERATING SYSTEM COMMAND', 'PRIVACY MESSAGE', 'APPLICATION PROGRAM COMMAND',
];

/** `U+001B ESCAPE`. */
export function describeCharacter(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = code < 0x20 ? C0_NAMES[code] : code === 0x7f ? 'DELETE' : code >= 0x80 && code <= 0x9f ? C1_NAMES[code - 0x80] : 'NONCHARACTER';
  return `${hex} ${name}`;
}

export interface ControlCharacter {
  /** 1-based line (LF, CRLF and a lone CR each end one, as in the Markdown parser). */
  line: number;
  /** 1-based column, in characters. */
  column: number;
  code: number;
}

/** Where a text holds characters it should not (at most `limit` of them, in order). */
export function findControlCharacters(text: string, limit = Infinity): ControlCharacter[] {
  const found: ControlCharacter[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  REPORTED.lastIndex = 0;
  for (let match = REPORTED.exec(text); match && found.length < limit; match = REPORTED.exec(text)) {
    // Count the line ends between the previous hit and this one (linear over the whole text).
    for (let i = scanned; i < match.index; i++) {
      const char = text.charCodeAt(i);
      if (char === 0x0a || (char === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = match.index;
    found.push({ line, column: [...text.slice(lineStart, match.index)].length + 1, code: match[0].charCodeAt(0) });
  }
  return found;
}

/** The text without anything an XML 1.0 document or an iCalendar file may not carry. */
export function withoutControlCharacters(text: string): string {
  return text.replace(UNWRITABLE, '');
}
