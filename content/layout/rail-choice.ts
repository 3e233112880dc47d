// Pure rectangle math for the margin rail: which side of the article it goes on, if either.

import type { ViewportRect } from './viewport-rect';

export interface RailOptions {
  railWidth: number;
  /** Space kept between the rail and the article, and between the rail and the window edge. */
  gutter: number;
}

export type RailChoice = { mode: 'margin'; side: 'right' | 'left'; left: number } | { mode: 'markers' };

/**
 * The wider side margin when the rail fits in it, else numbered markers. `viewportWidth` is the
 * layout width without the scroll bar (documentElement.clientWidth); `left` is in the same
 * coordinates as `article`.
 */
export function chooseRail(
  article: Pick<ViewportRect, 'left' | 'right'>,
  viewportWidth: number,
  options: RailOptions,
): RailChoice {
  const { railWidth, gutter } = options;
  const values = [article.left, article.right, viewportWidth, railWidth, gutter];
  if (!values.every(Number.isFinite) || railWidth <= 0 || article.right < article.left)
    return { mode: 'markers' };
  const needed = railWidth + 2 * Math.max(0, gutter);
  const leftSpace = article.left;
  const rightSpace = viewportWidth - article.right;
  const side = rightSpace >= leftSpace ? 'right' : 'left';
  if (Math.max(leftSpace, rightSpace) < needed) return { mode: 'markers' };
  const spacing = Math.max(0, gutter);
  return side === 'right'
    ? { mode: 'margin', side, left: article.right + spacing }
    : { mode: 'margin', side, left: article.left - spacing - railWidth };
}
