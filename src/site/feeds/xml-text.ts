/** Text and attribute values for the XML files (feed, sitemap): escaped, and always well-formed. */
import { withoutControlCharacters } from '../../util/control-characters.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escape a value for XML text or a quoted attribute. Characters XML 1.0
 * cannot carry (control codes, U+FFFE/U+FFFF, lone surrogates) are
 * removed: check reports them, so a build never has them, but the writers
 * do not rely on that.
 */
export function xmlText(text: string): string {
  return withoutControlCharacters(text).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** An RFC 3339 date-time, to the second (`2026-11-23T00:00:00Z`). */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
