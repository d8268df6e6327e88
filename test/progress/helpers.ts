/** Helpers for progress tests: load a fixture journal, build week figures, read an SVG as a tree. */
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { loadJournal } from '../../src/journal.js';
import { mondayOf, splitWeekId, sundayOf } from '../../src/model/iso-week.js';
import type { IsoDate, WeekId } from '../../src/model/types.js';
import { followThrough } from '../../src/progress/index.js';
import type { WeekFigure } from '../../src/progress/index.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'progress');

/** Load `test/fixtures/progress/<name>/content` as the journal on `today`. */
export async function loadProgressFixture(name: string, today: string) {
  const contentDir = join(root, name, 'content');
  return loadJournal({ contentDir, cwd: contentDir, today: today as IsoDate });
}

/** A week figure made by hand: `planned` intentions, `done` of them checked, over unless told. */
export function weekFigureOf(id: string, planned: number, done: number, over = true): WeekFigure {
  const { year, week } = splitWeekId(id as WeekId);
  return {
    id: id as WeekId,
    year,
    week,
    monday: mondayOf(id as WeekId),
    sunday: sundayOf(id as WeekId),
    over,
    intentions: planned,
    checked: done,
    ...followThrough(over ? planned : 0, over ? done : 0),
  };
}

/** An element of a parsed SVG. */
export interface SvgNode {
  name: string;
  attrs: Record<string, string>;
  children: SvgNode[];
  /** The element's own text, joined. */
  text: string;
}

type Ordered = Record<string, unknown>[];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false, parseAttributeValue: false });

/** Parse an SVG string into a tree of elements (throws when it is not well-formed XML). */
export function parseSvg(svg: string): SvgNode {
  const nodes = toNodes(parser.parse(svg) as Ordered);
  if (nodes.length !== 1 || nodes[0]!.name !== 'svg') throw new Error('expected one <svg> root');
  return nodes[0]!;
}

function toNodes(ordered: Ordered): SvgNode[] {
  const nodes: SvgNode[] = [];
  for (const item of ordered) {
    const name = Object.keys(item).find((key) => key !== ':@');
    if (!name || name === '#text') continue;
    const children = item[name] as Ordered;
    const text = children.filter((child) => '#text' in child).map((child) => String(child['#text'])).join('');
    nodes.push({ name, attrs: (item[':@'] as Record<string, string>) ?? {}, children: toNodes(children), text });
  }
  return nodes;
}

/** Every element under (and including) `node` that matches. */
export function findAll(node: SvgNode, match: (node: SvgNode) => boolean): SvgNode[] {
  const found = match(node) ? [node] : [];
  for (const child of node.children) found.push(...findAll(child, match));
  return found;
}

/** The direct child of a given name. */
export function child(node: SvgNode, name: string): SvgNode | undefined {
  return node.children.find((one) => one.name === name);
}

/** The text of an element and everything inside it. */
export function deepText(node: SvgNode): string {
  return node.text + node.children.map(deepText).join('');
}
