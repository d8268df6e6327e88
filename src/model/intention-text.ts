/** Comparing intentions by what they say, ignoring goal tags, case and punctuation. */

/** Reduce an intention to its words. */
export function intentionWords(text: string): string {
  let words = wordsOf.get(text);
  if (words === undefined) {
    words = text
      .toLowerCase()
      .replace(/(^|\s)#[\p{L}\p{N}_-]+/gu, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    // Every check and every progress figure compares the same intentions again: remember the last few thousand.
    if (wordsOf.size >= WORDS_KEPT) wordsOf.clear();
    wordsOf.set(text, words);
  }
  return words;
}

const WORDS_KEPT = 50_000;
const wordsOf = new Map<string, string>();

/** Whether two intentions say the same thing (equal words, or nearly: bigram similarity ≥ 0.8). */
export function sameIntention(a: string, b: string): boolean {
  return sameWords(intentionWords(a), intentionWords(b));
}

function sameWords(left: string, right: string): boolean {
  if (left === '' || right === '') return false;
  if (left === right) return true;
  return diceCoefficient(left, right) >= 0.8;
}

/**
 * Beyond this many pairs between two weeks, only intentions with equal words
 * match: near matches are compared pair by pair, and a week with thousands of
 * intentions must not take minutes to check.
 */
export const NEAR_MATCH_PAIRS = 10_000;

/**
 * Prepare a week's intentions for lookups by what they say. `earlierCount` is
 * the number of intentions that will be looked up; the finder returns the
 * first candidate that says the same thing and is not skipped.
 */
export function intentionFinder<T extends { text: string }>(
  candidates: readonly T[],
  earlierCount: number,
): (text: string, skip?: (candidate: T) => boolean) => T | undefined {
  const words = candidates.map((candidate) => intentionWords(candidate.text));
  if (earlierCount * candidates.length <= NEAR_MATCH_PAIRS) {
    // `sameWords`, with each text's bigrams counted once rather than once per pair.
    const grams: Bigrams[] = [];
    return (text, skip) => {
      const wanted = intentionWords(text);
      let wantedGrams: Bigrams | undefined;
      return candidates.find((candidate, index) => {
        if (skip?.(candidate)) return false;
        const candidateWords = words[index]!;
        if (candidateWords === '' || wanted === '') return false;
        if (candidateWords === wanted) return true;
        wantedGrams ??= bigrams(wanted);
        return dice((grams[index] ??= bigrams(candidateWords)), candidateWords, wantedGrams, wanted) >= 0.8;
      });
    };
  }
  const exact = new Map<string, T[]>();
  candidates.forEach((candidate, index) => {
    if (words[index] === '') return;
    const list = exact.get(words[index]!);
    if (list) list.push(candidate);
    else exact.set(words[index]!, [candidate]);
  });
  return (text, skip) => exact.get(intentionWords(text))?.find((candidate) => !skip?.(candidate));
}

type Bigrams = Map<string, number>;

function bigrams(text: string): Bigrams {
  let counts = bigramsOf.get(text);
  if (counts) return counts;
  counts = new Map();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  if (bigramsOf.size >= WORDS_KEPT) bigramsOf.clear();
  bigramsOf.set(text, counts);
  return counts;
}

/** Bigram counts of intentions' words, remembered like the words (never changed once counted). */
const bigramsOf = new Map<string, Bigrams>();

/** Sørensen–Dice similarity of two strings' bigrams (0–1). */
export function diceCoefficient(a: string, b: string): number {
  return dice(bigrams(a), a, bigrams(b), b);
}

function dice(left: Bigrams, a: string, right: Bigrams, b: string): number {
  let overlap = 0;
  for (const [pair, count] of left) overlap += Math.min(count, right.get(pair) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 0 : (2 * overlap) / total;
}
