/** Progress figures and charts: the public functions the site calls. */
export { computeProgress, type ProgressOptions } from './compute-progress.js';
export { computeYearReview, reviewYears, wordCount, type ReviewOptions, type ReviewYearsOptions } from './year-review.js';
export { followThrough, addUp, monthOfWeek } from './follow-through.js';
export { UPCOMING_DAYS } from './milestones.js';
export { goalEndedOn } from './goal-dates.js';
export { isCounted, type CountOptions } from './counted.js';
export { goalFollowThroughTable, monthTable, carryOverTable } from './figure-tables.js';
export { renderWeeklyBars, weeklyBarsLegend, weeklyTable, WEEKLY_BARS_FIT, type WeeklyBarsOptions } from './charts/weekly-bars.js';
export { renderHeatmap, heatmapLegend, heatmapTable, type HeatmapOptions } from './charts/heatmap.js';
export { renderMilestoneSteps, milestoneStepsLegend, milestoneTable, type MilestoneStepsOptions } from './charts/milestone-steps.js';
export { renderProgressBar, progressTable, describeProgress } from './charts/progress-bar.js';
export { escapeXml, FALLBACK_COLORS, type ChartOptions, type ChartTable } from './charts/svg.js';
export type * from './types.js';
