/**
 * Text from a journal, made safe to print in a terminal: control characters
 * (escape sequences could recolour, hide or rewrite what is on screen) and
 * bidirectional overrides (which reorder what is shown) become visible marks.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Replace each control character by a visible stand-in (`␛` for ESC, `␊` for a line feed, `<U+202E>` …). */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}
