/**
 * The default goal template: four required sections, each recognised by any
 * of its accepted headings. `journal.yml` may replace it (`template:`).
 */
import type { GoalTemplate } from './types.js';

export const defaultTemplate: GoalTemplate = {
  sections: [
    {
      id: 'current',
      heading: 'Where I am now',
      accepted: ['Where I am now', 'Current level', 'Where I am'],
      prompt: 'Describe honestly where you stand today: what you can already do, and what you cannot yet.',
    },
    {
      id: 'success',
      heading: 'Success in one year',
      accepted: ['Success in one year', 'What success looks like', 'Success'],
      prompt: 'Say what will be true a year from now if this goes well, in a way someone else could check.',
    },
    {
      id: 'resources',
      heading: 'Resources',
      accepted: ['Resources'],
      prompt: 'List books, courses, mentors, meetups and things to build, one per item (e.g. "- Book: …").',
    },
    {
      id: 'why',
      heading: 'Why it matters',
      accepted: ['Why it matters', 'Why', 'Why this matters', 'Why this goal'],
      prompt: 'Explain why this goal matters to you, so that future you remembers on a hard week.',
    },
  ],
};

/** Headings that hold a goal's milestones (not a required section). */
export const MILESTONE_HEADINGS = ['Milestones'];

/** Headings that hold a week's intentions. */
export const INTENTION_HEADINGS = ['This week I intend to', 'Intentions'];

/** Headings of a week-level explanation for unchecked intentions. */
export const WHY_NOT_HEADINGS = ["Why I didn't follow through", 'Why I did not follow through', 'Why not'];

/** Headings of a week's reflection. */
export const REFLECTION_HEADINGS = ['Reflection', 'Reflections'];

/** Kinds a resource may be led by (`Book: …`), as shown on the site. */
export const RESOURCE_KINDS = [
  'Book', 'Blog', 'Talk', 'Podcast', 'Course', 'Mentor', 'Meetup',
  'Conference', 'Build', 'Talk idea', 'Open source',
];

/** Normalise a heading for comparison: case, spacing, trailing colons and ellipses. */
export function normalizeHeading(text: string): string {
  return withoutTrailingMarks(text.toLowerCase().replace(/[’‘]/g, "'"))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A text without the colons and ellipses (`...`, `…`) at its end. A loop from
 * the end: the pattern `/(\.\.\.|…|:)+\s*$/` it replaces takes time
 * proportional to the square of a long run of colons.
 */
function withoutTrailingMarks(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  for (;;) {
    if (trimmed[end - 1] === ':' || trimmed[end - 1] === '…') end -= 1;
    else if (end >= 3 && trimmed.slice(end - 3, end) === '...') end -= 3;
    else break;
  }
  return end === trimmed.length ? text : trimmed.slice(0, end);
}

/** Whether a heading is one of the accepted ones. */
export function headingMatches(text: string, accepted: readonly string[]): boolean {
  const normalized = normalizeHeading(text);
  return accepted.some((heading) => normalizeHeading(heading) === normalized);
}
