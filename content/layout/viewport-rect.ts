// The one rectangle of the layout stage: viewport coordinates in CSS pixels, with the fields of a
// DOMRect that the geometry reads, so that measured boxes pass straight in.

export interface ViewportRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The rectangle at (`left`, `top`) of the given size. */
export const rectAt = (left: number, top: number, width: number, height: number): ViewportRect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
  width,
  height,
});

/** The smallest rectangle around `rects` (at least one). */
export function rectAround(rects: readonly ViewportRect[]): ViewportRect {
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  return rectAt(
    left,
    top,
    Math.max(...rects.map((r) => r.right)) - left,
    Math.max(...rects.map((r) => r.bottom)) - top,
  );
}
