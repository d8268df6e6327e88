/**
 * A goal file → a `Goal`: its template sections, resources grouped by kind,
 * and milestones with their due and done dates.
 */
import type { ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { report } from '../findings/finding.js';
import { parseIsoDate } from '../model/calendar-date.js';
import { headingMatches, MILESTONE_HEADINGS, RESOURCE_KINDS } from '../model/default-template.js';
import { parseWeekId, sundayOf } from '../model/iso-week.js';
import type {
  ContentPath,
  DueDate,
  Goal,
  GoalSection,
  GoalTemplate,
  IsoDate,
  Milestone,
  Resource,
  SitePath,
} from '../model/types.js';
import type { Fields } from './fields.js';
import { ownText, placeOf, splitSections, taskItems } from './sections.js';

export interface GoalInput {
  path: ContentPath;
  slug: string;
  tree: Root;
  fields: Fields;
  template: GoalTemplate;
  file: VFile;
}

/** Build a goal from its parsed file. */
export function parseGoal({ path, slug, tree, fields, template, file }: GoalInput): Goal {
  const sections: GoalSection[] = [];
  const extraSections: GoalSection[] = [];
  let milestoneContent: RootContent[] = [];
  let resourceContent: RootContent[] = [];

  for (const section of splitSections(tree)) {
    const templateSection = template.sections.find((candidate) => headingMatches(section.heading, candidate.accepted));
    const goalSection: GoalSection = {
      id: templateSection?.id ?? '',
      heading: section.heading,
      place: section.place,
    };
    if (templateSection && !sections.some((existing) => existing.id === templateSection.id)) {
      sections.push(goalSection);
      if (goalSection.id === 'resources') resourceContent = section.content;
    } else if (headingMatches(section.heading, MILESTONE_HEADINGS)) {
      milestoneContent = milestoneContent.concat(section.content);
    } else if (section.depth > 1) {
      extraSections.push(goalSection);
    }
  }

  return {
    kind: 'goal',
    path,
    slug,
    url: `/goals/${slug}/` as SitePath,
    title: fields.title ?? slug,
    description: fields.description,
    tags: fields.tags,
    private: fields.private,
    draft: fields.draft,
    status: fields.status,
    started: fields.started,
    due: fields.due,
    sections,
    extraSections,
    resources: readResources(resourceContent),
    milestones: taskItems(milestoneContent).map((item) => readMilestone(item, file)),
  };
}

/** Exported for the regex-safety test, which checks the pattern it builds. */
export const KIND_LEAD = new RegExp(`^(${RESOURCE_KINDS.map((kind) => kind.replace(' ', '\\s+')).join('|')})s?\\s*:\\s*`, 'i');

/** Resources: list items, grouped by a `###` sub-heading or led by `Kind:`. */
function readResources(content: readonly RootContent[]): Resource[] {
  const resources: Resource[] = [];
  let group: string | undefined;
  for (const node of content) {
    if (node.type === 'heading') {
      group = toString(node).trim();
      continue;
    }
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const text = ownText(item);
      const lead = KIND_LEAD.exec(text);
      const kind = lead ? canonicalKind(lead[1]!) : group ?? 'Other';
      resources.push({
        kind,
        text: lead ? text.slice(lead[0].length) : text,
        url: firstLink(item),
        place: placeOf(item),
      });
    }
  }
  return resources;
}

function canonicalKind(written: string): string {
  const normalized = written.toLowerCase().replace(/\s+/g, ' ');
  return RESOURCE_KINDS.find((kind) => kind.toLowerCase() === normalized) ?? written;
}

function firstLink(node: ListItem): string | undefined {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.shift() as { type?: string; url?: string; children?: unknown[] };
    if (current.type === 'link' && current.url) return current.url;
    if (current.children) stack.push(...current.children);
  }
  return undefined;
}

const DUE = /\(\s*due\s+([^,;)\s]+)\s*(?:[,;]\s*done\s+([^,;)\s]+)\s*)?\)/i;

/** A milestone: `- [x] Text (due 2026-02-01, done 2026-01-28)`. */
function readMilestone(item: ListItem, file: VFile): Milestone {
  const text = ownText(item);
  const match = DUE.exec(text);
  const place = placeOf(item);
  const milestone: Milestone = {
    text: (match ? text.replace(match[0], '') : text).replace(/\s+/g, ' ').trim(),
    done: item.checked === true,
    place,
  };
  if (!match) return milestone;
  const due = readDueDate(match[1]!);
  if (due) milestone.due = due;
  else {
    report(file, {
      rule: 'goal/milestone-date',
      place,
      message: `The due date \`${match[1]}\` is not a real date: write YYYY-MM-DD (e.g. 2026-04-30) or an ISO week (e.g. 2026-W30).`,
    });
  }
  if (match[2]) {
    const doneOn = parseIsoDate(match[2]);
    if (doneOn) milestone.doneOn = doneOn;
    else {
      report(file, {
        rule: 'goal/milestone-date',
        place,
        message: `The done date \`${match[2]}\` is not a real date: write it as YYYY-MM-DD.`,
      });
    }
  }
  return milestone;
}

/** A due date written as a day or an ISO week (due by that week's Sunday). */
export function readDueDate(raw: string): DueDate | undefined {
  const date = parseIsoDate(raw);
  if (date) return { raw, date };
  const week = parseWeekId(raw.toUpperCase());
  if (week) return { raw, date: sundayOf(week) as IsoDate, week };
  return undefined;
}
