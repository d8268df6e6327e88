/** `/goals/` and one page per goal: sections, resources by kind, milestones, intentions, progress. */
import { contentAt, itemAt, treeOf } from '../../model/trees.js';
import type { Root, RootContent } from 'mdast';
import type { Goal, GoalSection, Resource } from '../../model/types.js';
import { describeProgress, milestoneStepsLegend, renderMilestoneSteps, renderProgressBar, type GoalFigure } from '../../progress/index.js';
import { describeFollowThrough, dueHtml, excerpt, longDateHtml, milestoneStateLabel, percentOrDash, plural, statusLabel, weekName } from '../format.js';
import { groupBy } from '../../util/group-by.js';
import { withoutOwnTag } from '../markdown/goal-hashtags.js';
import { ANCHOR_PREFIX, milestonesSlug, slugAt } from '../../parse/heading-anchors.js';
import { plainText } from '../plain-text.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { tagLinks } from './tag-pages.js';

/** The goals index and every goal's page. */
export function goalPages(context: SiteContext): SitePage[] {
  const figures = new Map(context.progress.goals.map((figure) => [figure.slug, figure]));
  const cards = context.journal.goals.map((goal) => goalCard(goal, figures.get(goal.slug)!, context));
  const index: SitePage = {
    url: '/goals/',
    layout: 'goals.njk',
    view: {
      title: 'Goals',
      description: `${plural(cards.length, 'goal')}: ${context.journal.goals.map((goal) => goal.title).join(', ')}.`,
      groups: (['active', 'paused', 'done', 'dropped'] as const)
        .map((status) => ({ status: statusLabel(status), goals: cards.filter((card) => card.status === status) }))
        .filter((group) => group.goals.length > 0),
    },
  };
  return [index, ...context.journal.goals.map((goal) => goalPage(goal, figures.get(goal.slug)!, context))];
}

/** A goal as a card on the home page and the goals index. */
export function goalCard(goal: Goal, figure: GoalFigure, context: SiteContext) {
  return {
    title: goal.title,
    slug: goal.slug,
    url: goal.url,
    status: goal.status,
    statusLabel: statusLabel(goal.status),
    draft: goal.draft,
    summary: `${describeProgress(figure)}; ${describeFollowThrough(figure)}.`,
    bar: renderProgressBar(figure, { idPrefix: `card-${goal.slug}` }),
    due: goal.due ? longDateHtml(goal.due) : undefined,
    lead: goalLead(goal, context),
  };
}

function goalPage(goal: Goal, figure: GoalFigure, context: SiteContext): SitePage {
  const from = goal.path;
  const html = (nodes: readonly RootContent[]) => context.render(nodes, { from, top: 3 });
  const template = context.journal.config.template.sections;
  const sections = template
    .map((section) => ({ id: section.id, found: goal.sections.find((found) => found.id === section.id), heading: section.heading }))
    .filter((section) => section.found && section.id !== 'resources')
    .map(({ id, found, heading }) => ({ id: anchorId(goal, found!, `section-${id}`), heading, html: html(contentAt(goal, found!.place)) }));
  const resourcesSection = goal.sections.find((section) => section.id === 'resources');
  const milestonesAnchor = milestonesSlug(goal);
  const weeks = new Map(context.journal.weeks.map((week) => [week.id, week]));
  const intentionWeeks = groupBy(figure.intentions, (intention) => intention.week).map(([id, items]) => {
    const week = weeks.get(id)!;
    return {
      id: week.id,
      name: weekName(week),
      url: week.url,
      over: week.sunday < context.today,
      items: items.map((item) => ({
        html: context.renderInline(withoutOwnTag(item.text, goal.slug)),
        done: item.done,
        over: item.over,
        reason: item.reason ? context.renderInline(item.reason) : undefined,
      })),
    };
  });
  return {
    url: goal.url,
    layout: 'goal.njk',
    view: {
      title: goal.title,
      description: `${describeProgress(figure)}, ${percentOrDash(figure.rate)} follow-through. ${goalLead(goal, context)}`.trim(),
      draft: goal.draft,
      private: goal.private,
      status: statusLabel(goal.status),
      statusKey: goal.status,
      searchable: true,
      ogType: 'article',
      started: goal.started ? longDateHtml(goal.started) : undefined,
      due: goal.due ? longDateHtml(goal.due) : undefined,
      tags: tagLinks(goal.tags, context),
      progressText: describeProgress(figure),
      followThroughText: describeFollowThrough(figure),
      bar: renderProgressBar(figure, { idPrefix: `goal-${goal.slug}-bar` }),
      stepChart:
        figure.milestonesTotal > 0
          ? renderMilestoneSteps([figure], { idPrefix: `goal-${goal.slug}-steps`, today: context.today, from: goal.started })
          : undefined,
      stepsLegend: figure.milestonesTotal > 0 ? milestoneStepsLegend([figure]) : undefined,
      sections,
      resourcesId: resourcesSection ? anchorId(goal, resourcesSection, 'section-resources') : 'section-resources',
      milestonesId: milestonesAnchor === undefined ? 'section-milestones' : ANCHOR_PREFIX + milestonesAnchor,
      resources: resourceGroups(goal.resources).map(({ kind, items }) => ({
        kind,
        html: html([{ type: 'list', ordered: false, spread: false, children: items.map((item) => withoutKindLead(item, contentAt(goal, resourcesSection?.place))) } as RootContent]),
      })),
      milestones: figure.milestones.map((milestone) => ({
        html: context.renderInline(milestone.text),
        state: milestone.state,
        stateLabel: milestoneStateLabel(milestone.state),
        due: dueHtml(milestone),
        doneOn: milestone.doneOn ? longDateHtml(milestone.doneOn) : undefined,
      })),
      milestoneCount: `${figure.milestonesDone} of ${figure.milestonesTotal} done`,
      intentionWeeks,
      extraSections: goal.extraSections.map((section, index) => ({ id: anchorId(goal, section, `extra-${index + 1}`), heading: section.heading, html: html(contentAt(goal, section.place)) })),
    },
  };
}

/** A section heading's id: its anchor, as the file's heading would have (see heading-anchors.ts). */
function anchorId(goal: Goal, section: GoalSection, fallback: string): string {
  const slug = slugAt(treeOf(goal), section.place);
  return slug === undefined ? fallback : ANCHOR_PREFIX + slug;
}

/** The first words of the goal's "success" section (or its description). */
function goalLead(goal: Goal, context: SiteContext): string {
  if (goal.description) return goal.description;
  const success = goal.sections.find((section) => section.id === 'success') ?? goal.sections[0];
  if (!success) return '';
  const root: Root = { type: 'root', children: contentAt(goal, success.place) };
  return excerpt(plainText(root, context.links));
}

/** Resources grouped by kind, in the order kinds first appear. */
export function resourceGroups(resources: readonly Resource[]): { kind: string; items: Resource[] }[] {
  return groupBy(resources, (resource) => resource.kind).map(([kind, items]) => ({ kind, items }));
}

/** A resource's list item (found in the resources section's `content`) without its `Kind:` lead, which the group heading already says (a copy; the model is shared). */
function withoutKindLead(resource: Resource, content: readonly RootContent[]): RootContent {
  const node = structuredClone(itemAt(content, resource.place)!) as RootContent & { children?: RootContent[] };
  const paragraph = node.children?.[0] as (RootContent & { children?: RootContent[] }) | undefined;
  const first = paragraph?.children?.[0];
  if (first?.type === 'text') {
    const lead = new RegExp(`^\\s*${resource.kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\s*:\\s*`, 'i');
    first.value = first.value.replace(lead, '');
  }
  return node;
}
