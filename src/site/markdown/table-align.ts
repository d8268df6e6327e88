/**
 * GFM's obsolete `align` attribute on table cells becomes a class
 * (`align-right`), which the stylesheet aligns.
 */
import type { Element } from 'hast';

/** Move `align` on a `td`/`th` to a class. */
export function alignTableCell(cell: Element): void {
  const align = cell.properties.align;
  if (typeof align !== 'string') return;
  delete cell.properties.align;
  cell.properties.className = [`align-${align}`];
}
