/**
 * Headings inside rendered Markdown start below the page's own headings,
 * so a page keeps one `h1` and never skips a level.
 */
import type { Element } from 'hast';

const HEADING = /^h([1-6])$/;

/** Whether an element is a heading (`h1`–`h6`). */
export function isHeading(element: Element): boolean {
  return HEADING.test(element.tagName);
}

/** Shift the headings of one rendering down so the shallowest one is at least `top`. */
export function demoteHeadings(headings: readonly Element[], top: number): void {
  const levels = headings.map((heading) => Number(heading.tagName.slice(1)));
  const shallowest = Math.min(7, ...levels);
  if (shallowest >= top || shallowest === 7) return;
  const shift = top - shallowest;
  headings.forEach((heading, index) => {
    heading.tagName = `h${Math.min(6, levels[index]! + shift)}`;
  });
}
