/** `/weeks/` (a year-by-week heatmap and every log) and one page per week, with previous and next. */
import { contentAt, treeOf } from '../../model/trees.js';
import { heatmapLegend, heatmapTable, renderHeatmap, type WeekFigure } from '../../progress/index.js';
import type { Week } from '../../model/types.js';
import { groupBy } from '../../util/group-by.js';
import { dateRange, describeFollowThrough, weekDatesHtml, excerpt, percentOrDash, plural, weekName } from '../format.js';
import { plainText } from '../plain-text.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';
import { tagLinks } from './tag-pages.js';

/** The weeks index and every week's page. */
export function weekPages(context: SiteContext): SitePage[] {
  const weeks = context.journal.weeks;
  const figures = new Map(context.progress.weeks.map((figure) => [figure.id, figure]));
  const newestFirst = [...weeks].reverse();
  const index: SitePage = {
    url: '/weeks/',
    layout: 'weeks.njk',
    view: {
      title: 'Weeks',
      description: `${plural(weeks.length, 'weekly log')}; ${describeFollowThrough(context.progress.overall)}.`,
      heatmap: renderHeatmap(context.progress.weeks, { idPrefix: 'weeks-heatmap', today: context.today }),
      heatmapLegend: heatmapLegend(),
      heatmapTable: heatmapTable(context.progress.weeks, { today: context.today }),
      years: groupBy(newestFirst, (week) => week.year).map(([year, items]) => ({
        year,
        weeks: items.map((week) => weekSummary(week, figures.get(week.id)!)),
      })),
    },
  };
  return [index, ...weeks.map((week, position) => weekPage(week, figures.get(week.id)!, context, weeks[position - 1], weeks[position + 1]))];
}

/** A week as a line in a list: name, dates, follow-through. */
export function weekSummary(week: Week, figure: WeekFigure) {
  return {
    name: weekName(week),
    title: week.title,
    url: week.url,
    dates: weekDatesHtml(week),
    draft: week.draft,
    rate: figure.over ? percentOrDash(figure.rate) : 'in progress',
    detail: weekStatus(figure),
  };
}

function weekPage(week: Week, figure: WeekFigure, context: SiteContext, previous?: Week, next?: Week): SitePage {
  const goals = [...new Set(week.intentions.flatMap((intention) => intention.refs.map((ref) => ref.slug)))]
    .filter((slug) => context.links.goals.has(slug))
    .map((slug) => ({ url: context.links.goals.get(slug)!, title: context.journal.goals.find((goal) => goal.slug === slug)!.title }));
  const reflection = week.reflectionPlace ? plainText(contentAt(week, week.reflectionPlace), context.links) : '';
  return {
    url: week.url,
    layout: 'week.njk',
    view: {
      title: week.title,
      name: weekName(week),
      description: `${dateRange(week.monday, week.sunday)}: ${weekStatus(figure)}. ${excerpt(reflection, 120)}`.trim(),
      draft: week.draft,
      private: week.private,
      dates: weekDatesHtml(week),
      status: weekStatus(figure),
      body: context.render(treeOf(week), { from: week.path, top: 2 }),
      searchable: true,
      ogType: 'article',
      goals,
      tags: tagLinks(week.tags, context),
      previous: previous ? { url: previous.url, name: weekName(previous) } : undefined,
      next: next ? { url: next.url, name: weekName(next) } : undefined,
    },
  };
}

/** "2 of 3 intentions followed through (67%)" for a week that is over; a running count otherwise. */
export function weekStatus(figure: WeekFigure): string {
  if (figure.intentions === 0) return 'no intentions written';
  if (figure.over) return describeFollowThrough(figure);
  return `in progress: ${figure.checked} of ${plural(figure.intentions, 'intention')} checked so far`;
}
