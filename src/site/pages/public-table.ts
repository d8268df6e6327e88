/** Figure tables as published: a hidden goal's `#slug` in a learner's words is dropped from every cell. */
import type { ChartTable } from '../../progress/index.js';
import { scrubHiddenHashtags } from '../markdown/goal-hashtags.js';
import type { SiteLinks } from '../markdown/site-links.js';

/** A copy of the table with hidden goals' tags removed. */
export function publicTable(table: ChartTable, links: SiteLinks): ChartTable {
  if (links.hiddenGoals.size === 0) return table;
  return { ...table, rows: table.rows.map((row) => row.map((cell) => scrubHiddenHashtags(cell, links))) };
}
