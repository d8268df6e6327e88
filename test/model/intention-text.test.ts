/** Finding an intention among a week's: the finder agrees with comparing each pair on its own. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intentionFinder, intentionWords, sameIntention } from '../../src/model/intention-text.js';

describe('intention finder', () => {
  it('finds the first candidate that says the same thing, as pair-by-pair comparison does', () => {
    const word = fc.constantFrom('read', 'reads', 'write', 'the', 'chapter', 'chapters', 'on', 'SQL', 'sql', 'tests', 'a', '#go', '#rust', 'é', '—', '!!');
    const text = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(fc.boolean(), { maxLength: 8 }), (candidateTexts, wanted, skipped) => {
        const candidates = candidateTexts.map((candidateText, index) => ({ text: candidateText, index }));
        const skip = (candidate: { index: number }) => skipped[candidate.index] ?? false;
        const find = intentionFinder(candidates, wanted.length);
        for (const lookedUp of wanted) {
          expect(find(lookedUp, skip)).toBe(candidates.find((candidate) => !skip(candidate) && sameIntention(candidate.text, lookedUp)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reduces an intention to its words, the same every time it is asked', () => {
    expect(intentionWords('Read the #go chapter — twice!')).toBe('read the chapter twice');
    expect(intentionWords('Read the #go chapter — twice!')).toBe('read the chapter twice');
  });
});
