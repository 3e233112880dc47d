// Where a narrow-window marker sits. Beside its paragraph where the window leaves room; else at the
// end of the paragraph's last line, where a footnote number would go (lines end on the left in
// right-to-left text), or of the latest line that leaves room; only a paragraph whose every line is
// full gets the marker just inside its end edge. Reviewers saw markers cover the words at a
// paragraph's edge on narrow windows, full-width articles and Arabic pages.

import { rectAround, type ViewportRect } from './viewport-rect';

export const MARKER_SIZE = 24;
/** Space between a marker and the text or paragraph it follows. */
const MARKER_GAP = 4;
/** Least distance from the window's edges. */
const WINDOW_EDGE = 2;

/** Viewport coordinates of a marker's top-left corner. */
export interface MarkerSpot {
  left: number;
  top: number;
}

/** Beside the paragraph, right side first, where the window leaves room; else null. */
function besideSpot(paragraph: ViewportRect, viewportWidth: number): MarkerSpot | null {
  const after = paragraph.right + MARKER_GAP;
  if (after + MARKER_SIZE <= viewportWidth - WINDOW_EDGE) return { left: after, top: paragraph.top };
  const before = paragraph.left - MARKER_SIZE - MARKER_GAP;
  if (before >= WINDOW_EDGE) return { left: before, top: paragraph.top };
  return null;
}

/** `lines`: the paragraph's line boxes, top to bottom (none where the DOM gives none). */
export function markerSpot(
  paragraph: ViewportRect,
  lines: readonly ViewportRect[],
  viewportWidth: number,
  rtl: boolean,
): MarkerSpot {
  const beside = besideSpot(paragraph, viewportWidth);
  if (beside) return beside;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as ViewportRect;
    const end = rtl ? line.left - MARKER_GAP - MARKER_SIZE : line.right + MARKER_GAP;
    const fits = rtl ? end >= paragraph.left : end + MARKER_SIZE <= paragraph.right;
    if (fits) return { left: end, top: line.top + (line.height - MARKER_SIZE) / 2 };
  }
  const inside = rtl ? paragraph.left : paragraph.right - MARKER_SIZE;
  const left = Math.max(WINDOW_EDGE, Math.min(inside, viewportWidth - MARKER_SIZE - WINDOW_EDGE));
  return { left, top: paragraph.top };
}

/** Whether two boxes share a line: most of the lower one's height overlaps the other. */
const sameLine = (a: ViewportRect, b: ViewportRect) =>
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > Math.min(a.height, b.height) / 2;

/** The paragraph's lines of text, top to bottom: the union of the text boxes on each line. */
export function linesOf(paragraph: Element): ViewportRect[] {
  const range = paragraph.ownerDocument.createRange();
  range.selectNodeContents(paragraph);
  const boxes = Array.from(range.getClientRects?.() ?? [])
    .filter((r) => r.width > 0 && r.height > 0)
    .sort((a, b) => a.top - b.top);
  range.detach();
  const lines: ViewportRect[][] = [];
  for (const box of boxes) {
    const line = lines[lines.length - 1];
    if (line?.some((other) => sameLine(other, box))) line.push(box);
    else lines.push([box]);
  }
  return lines.map((line) => rectAround(line));
}

const isRightToLeft = (element: Element) =>
  element.ownerDocument.defaultView?.getComputedStyle(element).direction === 'rtl';

/** The marker's spot for a paragraph, read from the live page. */
export function markerSpotOf(paragraph: Element, rect: ViewportRect, viewportWidth: number): MarkerSpot {
  // Beside the paragraph needs no line boxes: the common case reads nothing more.
  return (
    besideSpot(rect, viewportWidth) ??
    markerSpot(rect, linesOf(paragraph), viewportWidth, isRightToLeft(paragraph))
  );
}
