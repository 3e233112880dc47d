// Ranges found over wrapped text (findTerms during a re-run) live inside the split pieces; when the
// marks are taken out, those ranges must be carried back onto the restored nodes, even if the caller
// clears the highlights before applying the new ranges. Each wrapping keeps what is found while its
// marks are in place (see text/found-ranges.ts), and only then.

import { keepFoundRanges } from '../text/found-ranges';

/** Where a piece of a split text node came from. */
export interface Origin {
  original: Text;
  start: number;
}

interface Point {
  node: Node;
  offset: number;
}

// A page that keeps changing under marks that stay would otherwise grow the set without end.
const MAX_KEPT = 5000;

/** Keeps every range found from now on; the returned function stops and hands them over. */
export function keepRangesFound(): () => ReadonlySet<Range> {
  const kept = new Set<Range>();
  const stop = keepFoundRanges((ranges) => {
    if (kept.size > MAX_KEPT) kept.clear();
    for (const range of ranges) kept.add(range);
  });
  return () => {
    stop();
    return kept;
  };
}

/**
 * Runs `restore`, which joins split text back, and moves `ranges` across it: a boundary in a piece
 * goes where it was in the text node the piece was split from (`origins`, read before the change).
 */
export function carryRanges(
  ranges: readonly Range[],
  origins: ReadonlyMap<Text, Origin>,
  restore: () => void,
): void {
  const boundaries = ranges.map((range) => [
    originalPoint(range.startContainer, range.startOffset, origins),
    originalPoint(range.endContainer, range.endOffset, origins),
  ]);
  restore();
  ranges.forEach((range, index) => {
    const [start, end] = boundaries[index] as [Point, Point];
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
    } catch {
      range.collapse(true); // its text is gone: nothing to carry
    }
  });
}

/** A boundary in a piece of split text, as a boundary in the text node it was split from. */
function originalPoint(node: Node, offset: number, origins: ReadonlyMap<Text, Origin>): Point {
  const origin = node.nodeType === 3 ? origins.get(node as Text) : undefined;
  return origin ? { node: origin.original, offset: origin.start + offset } : { node, offset };
}
