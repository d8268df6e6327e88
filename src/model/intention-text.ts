/** Comparing intentions by what they say, ignoring goal tags, case and punctuation. */

/** Reduce an intention to its words. */
export function intentionWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|\s)#[\p{L}\p{N}_-]+/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether two intentions say the same thing (equal words, or nearly: bigram similarity ≥ 0.8). */
export function sameIntention(a: string, b: string): boolean {
  const left = intentionWords(a);
  const right = intentionWords(b);
  if (left === '' || right === '') return false;
  if (left === right) return true;
  return diceCoefficient(left, right) >= 0.8;
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice similarity of two strings' bigrams (0–1). */
export function diceCoefficient(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  let overlap = 0;
  for (const [pair, count] of left) overlap += Math.min(count, right.get(pair) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 0 : (2 * overlap) / total;
}
