/**
 * Weeks laid out for a chart: every ISO week in a span, with the log's
 * figure when there is one, and a state that charts draw with distinct
 * shapes (so "no log" never looks like "0%").
 */
import { addWeeks, weeksBetween } from '../../model/iso-week.js';
import type { WeekId } from '../../model/types.js';
import type { WeekFigure } from '../types.js';

/** `rate`: over, with intentions; `zero`: over, none checked; `empty`: over, logged, nothing planned; `missing`: over, no log; `future`: not over yet; `before`: before the journal's first week. */
export type SlotState = 'rate' | 'zero' | 'empty' | 'missing' | 'future' | 'before';

export interface WeekSlot {
  id: WeekId;
  state: SlotState;
  figure?: WeekFigure;
}

/** Every week from `first` to `last` (inclusive) with its state. `isOver` says whether a week without a log is over. */
export function weekSlots(
  figures: readonly WeekFigure[],
  first: WeekId,
  last: WeekId,
  isOver: (id: WeekId) => boolean,
): WeekSlot[] {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const slots: WeekSlot[] = [];
  const count = weeksBetween(first, last);
  for (let index = 0; index <= count; index++) {
    const id = addWeeks(first, index);
    const figure = byId.get(id);
    slots.push(figure ? { id, state: slotState(figure), figure } : { id, state: isOver(id) ? 'missing' : 'future' });
  }
  return slots;
}

function slotState(figure: WeekFigure): SlotState {
  if (!figure.over) return 'future';
  if (figure.rate === null) return 'empty';
  return figure.rate === 0 ? 'zero' : 'rate';
}

/** A slot in words: "2026-W05: 2 of 3 done (67%)". */
export function describeSlot(slot: WeekSlot): string {
  const figure = slot.figure;
  switch (slot.state) {
    case 'rate':
    case 'zero':
      return `${slot.id}: ${figure!.done} of ${figure!.planned} done (${Math.round(figure!.rate! * 100)}%)`;
    case 'empty':
      return `${slot.id}: logged, no intentions`;
    case 'missing':
      return `${slot.id}: no log`;
    case 'future':
      return figure ? `${slot.id}: logged, not over yet` : `${slot.id}: not over yet`;
    case 'before':
      return `${slot.id}: before the journal started`;
  }
}
