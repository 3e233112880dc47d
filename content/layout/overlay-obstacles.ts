// A side margin is only free if the page puts nothing there: a sidebar beside the article column
// takes that side away from the rail, which would otherwise cover it.

export interface Column {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Looks at the siblings of the article's ancestors (a bounded number of them) for visible boxes
 * entirely to the left or right of the column that overlap it vertically.
 */
export function blockedSides(
  start: Element | null,
  column: Column,
  limit = 200,
): { left: boolean; right: boolean } {
  const blocked = { left: false, right: false };
  let checked = 0;
  const body = start?.ownerDocument.body ?? null;
  for (let el: Element | null = start; el && el !== body && el.parentElement; el = el.parentElement) {
    for (const sibling of el.parentElement.children) {
      if (sibling === el) continue;
      if (++checked > limit) return blocked;
      const rect = sibling.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) continue;
      const overlap = Math.min(rect.bottom, column.bottom) - Math.max(rect.top, column.top);
      if (overlap < Math.min(40, column.bottom - column.top)) continue;
      if (rect.left >= column.right - 1) blocked.right = true;
      else if (rect.right <= column.left + 1) blocked.left = true;
    }
  }
  return blocked;
}
