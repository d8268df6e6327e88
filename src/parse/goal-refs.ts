/**
 * References from an intention to goals: `#slug` in its text, or a link to
 * the goal's file (`[Go](../goals/go.md)`), each with its place.
 */
import { posix } from 'node:path';
import type { ListItem, Nodes } from 'mdast';
import type { ContentPath, GoalRef } from '../model/types.js';

const HASHTAG = /(^|[\s([{,;])#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu;
const GOAL_FILE = /^goals\/(?:.*\/)?([^/]+)\.md$/;

/** Find the goal references in a list item's own text (not its nested lists). */
export function findGoalRefs(item: ListItem, from: ContentPath): GoalRef[] {
  const refs: GoalRef[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'list' || node.type === 'inlineCode' || node.type === 'code') return;
    if (node.type === 'text' && node.position) {
      for (const match of node.value.matchAll(HASHTAG)) {
        const slug = match[2]!;
        if (/^\d+$/.test(slug)) continue; // "#2" is a number, not a goal
        const index = match.index + match[1]!.length;
        refs.push({ slug, place: placeInText(node.value, index, node.position) });
      }
    }
    if (node.type === 'link' && node.position) {
      const slug = goalSlugFromLink(node.url, from);
      if (slug) refs.push({ slug, place: { line: node.position.start.line, column: node.position.start.column } });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const child of item.children) visit(child);
  return refs;
}

/** The goal slug a relative link points at, if it points at a goal file. */
export function goalSlugFromLink(url: string, from: ContentPath): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const target = decodeSafely(url.split(/[?#]/)[0]!);
  if (!target.endsWith('.md')) return undefined;
  const resolved = target.startsWith('/')
    ? posix.normalize(target.slice(1))
    : posix.normalize(posix.join(posix.dirname(from), target));
  return GOAL_FILE.exec(resolved)?.[1];
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface Point {
  line: number;
  column: number;
}

/**
 * The place of `value[index]` in the file. A text right after a task box can
 * have lost its leading line break while keeping its old start (`- [ ] ⏎#go`),
 * so when the text's line breaks do not match the lines its position spans,
 * the place is counted back from its end, which stays exact.
 */
function placeInText(value: string, index: number, { start, end }: { start: Point; end: Point }): Point {
  const before = value.slice(0, index);
  const newlines = before.split('\n').length - 1;
  const after = value.slice(index);
  const newlinesAfter = after.split('\n').length - 1;
  if (newlines + newlinesAfter !== end.line - start.line) {
    const line = end.line - newlinesAfter;
    if (newlinesAfter === 0) return { line, column: Math.max(1, end.column - after.length) };
    if (newlines > 0) return { line, column: index - before.lastIndexOf('\n') };
    return { line, column: 1 };
  }
  if (newlines === 0) return { line: start.line, column: start.column + index };
  return { line: start.line + newlines, column: index - before.lastIndexOf('\n') };
}
