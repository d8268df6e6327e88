/** `/progress/`: follow-through per week and per goal, milestones over time, streaks, as charts and tables. */
import {
  carryOverTable,
  goalFollowThroughTable,
  heatmapTable,
  milestoneTable,
  monthTable,
  progressTable,
  renderHeatmap,
  renderMilestoneSteps,
  renderProgressBar,
  renderWeeklyBars,
  heatmapLegend,
  milestoneStepsLegend,
  WEEKLY_BARS_FIT,
  weeklyBarsLegend,
  weeklyTable,
  type ChartTable,
} from '../../progress/index.js';
import { scrubHiddenHashtags } from '../markdown/goal-hashtags.js';
import type { SiteLinks } from '../markdown/site-links.js';
import { describeFollowThrough, plural } from '../format.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';

/** The progress page. */
export function progressPage(context: SiteContext): SitePage {
  const { progress, today } = context;
  const { streak } = progress;
  const years = Object.entries(streak.weeksPerYear).map(([year, count]) => ({ year, count: plural(count, 'week') }));
  return {
    url: '/progress/',
    layout: 'progress.njk',
    view: {
      title: 'Progress',
      description: `${describeFollowThrough(progress.overall)}; current streak ${plural(streak.current, 'week')}, longest ${plural(streak.longest, 'week')}.`,
      followThrough: describeFollowThrough(progress.overall),
      streak: { current: plural(streak.current, 'week'), longest: plural(streak.longest, 'week'), years },
      weeklyBars: progress.weeks.some((week) => week.over) ? renderWeeklyBars(progress.weeks, { idPrefix: 'progress-weekly', lastWeeks: WEEKLY_BARS_FIT }) : undefined,
      weeklyBarsLegend: weeklyBarsLegend(),
      weeklyBarsWeeks: WEEKLY_BARS_FIT,
      weeklyTable: weeklyTable(progress.weeks),
      heatmap: renderHeatmap(progress.weeks, { idPrefix: 'progress-heatmap', today }),
      heatmapLegend: heatmapLegend(),
      heatmapTable: heatmapTable(progress.weeks, { today }),
      goals: progress.goals.map((goal) => ({
        title: goal.title,
        url: context.links.goals.get(goal.slug),
        bar: renderProgressBar(goal, { idPrefix: `progress-${goal.slug}` }),
      })),
      goalTable: goalFollowThroughTable(progress.goals),
      progressTable: progressTable(progress.goals),
      steps: progress.goals.some((goal) => goal.milestonesTotal > 0)
        ? renderMilestoneSteps(progress.goals.filter((goal) => goal.milestonesTotal > 0), { idPrefix: 'progress-steps', today })
        : undefined,
      stepsLegend: milestoneStepsLegend(progress.goals),
      milestoneTable: publicTable(milestoneTable(progress.goals), context.links),
      monthTable: monthTable(progress.months),
      carryOverTable: progress.carryOvers.length > 0 ? publicTable(carryOverTable(progress.carryOvers), context.links) : undefined,
    },
  };
}

/** A figure table as published: a hidden goal's `#slug` in a learner's words is dropped from every cell. */
function publicTable(table: ChartTable, links: SiteLinks): ChartTable {
  if (links.hiddenGoals.size === 0) return table;
  return { ...table, rows: table.rows.map((row) => row.map((cell) => scrubHiddenHashtags(cell, links))) };
}
