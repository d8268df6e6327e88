/** Progress figures and charts: the public functions the site calls. */
export { computeProgress } from './compute-progress.js';
export { computeYearReview, reviewYears } from './year-review.js';
export { followThrough, addUp, monthOfWeek } from './follow-through.js';
export { UPCOMING_DAYS } from './milestones.js';
export { goalFollowThroughTable, monthTable, carryOverTable } from './figure-tables.js';
export { renderWeeklyBars, weeklyBarsLegend, weeklyTable, WEEKLY_BARS_FIT } from './charts/weekly-bars.js';
export { renderHeatmap, heatmapLegend, heatmapTable } from './charts/heatmap.js';
export { renderMilestoneSteps, milestoneStepsLegend, milestoneTable } from './charts/milestone-steps.js';
export { renderProgressBar, progressTable, describeProgress } from './charts/progress-bar.js';
export { FALLBACK_COLORS, type ChartTable } from './charts/svg.js';
export type * from './types.js';
