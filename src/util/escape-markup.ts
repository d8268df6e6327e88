/** Text made safe inside HTML or XML (SVG, feeds' markup): as element content and as a quoted attribute value. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape `&`, `<`, `>`, `"` and `'`. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}
