/** Milestones as list items that name their goal (home page, review). */
import type { MilestoneFigure } from '../../progress/index.js';
import { dueHtml, longDateHtml, milestoneStateLabel } from '../format.js';
import type { SiteContext } from '../site-context.js';

/** A milestone with its goal's title and page, ready for a layout. */
export function milestoneItem(milestone: MilestoneFigure, context: SiteContext) {
  return {
    html: context.renderInline(milestone.text),
    goalTitle: milestone.goalTitle,
    goalUrl: context.links.goals.get(milestone.goal),
    state: milestone.state,
    stateLabel: milestoneStateLabel(milestone.state),
    due: dueHtml(milestone),
    doneOn: milestone.doneOn ? longDateHtml(milestone.doneOn) : undefined,
  };
}
