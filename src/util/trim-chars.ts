/**
 * Trimming a run of given characters from the ends of a text, in linear time.
 * (A pattern such as `/-+$/` is tried from every position of a long run, so
 * it takes time proportional to the square of the run's length.)
 */

/** `text` without the characters of `chars` at its end. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `text` without the characters of `chars` at either end. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return trimEndChars(text.slice(start), chars);
}
