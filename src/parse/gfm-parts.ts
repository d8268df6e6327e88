/**
 * GFM taken apart: autolink literals, footnotes, strike-through, tables and
 * task items, each on its own, so a file is parsed with only the parts it
 * may use. Together, in remark-gfm's order and with its defaults, they are
 * exactly remark-gfm's syntax.
 */
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Data, Processor } from 'unified';

type MicromarkExtension = NonNullable<Data['micromarkExtensions']>[number];
type FromMarkdownExtension = NonNullable<Data['fromMarkdownExtensions']>[number];

/** The parts of GFM, as bits of a `GfmParts` number. */
export const GFM = {
  literal: 1,
  footnote: 2,
  strikethrough: 4,
  table: 8,
  taskList: 16,
  all: 31,
} as const;

/** A set of GFM parts: an `|` of `GFM` bits. */
export type GfmParts = number;

/** Each part's syntax and its mdast builder, in remark-gfm's order. */
const PARTS: readonly [bit: number, syntax: () => MicromarkExtension, fromMarkdown: () => FromMarkdownExtension][] = [
  [GFM.literal, gfmAutolinkLiteral, gfmAutolinkLiteralFromMarkdown],
  [GFM.footnote, gfmFootnote, gfmFootnoteFromMarkdown],
  [GFM.strikethrough, () => gfmStrikethrough(), gfmStrikethroughFromMarkdown],
  [GFM.table, gfmTable, gfmTableFromMarkdown],
  [GFM.taskList, gfmTaskListItem, gfmTaskListItemFromMarkdown],
];

/** A unified plugin: the GFM syntax of the given parts. */
export function remarkGfmParts(this: Processor, parts: GfmParts): undefined {
  const data = this.data();
  for (const [bit, syntax, fromMarkdown] of PARTS) {
    if ((parts & bit) === 0) continue;
    (data.micromarkExtensions ??= []).push(syntax());
    (data.fromMarkdownExtensions ??= []).push(fromMarkdown());
  }
}
