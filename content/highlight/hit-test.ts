// Which highlighted term is under a point. Highlights are not elements, so there is nothing to
// hover: ask the browser for the caret position at the point, then check that the point really
// lies on the term's text (a caret position is also reported beside the end of a line).

import type { TermMatch } from '../types';

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position at a viewport point, from whichever API the browser has. */
export function caretPointAt(doc: Document, x: number, y: number): CaretPoint | null {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  const caretDoc = doc as CaretDocument;
  try {
    if (typeof caretDoc.caretPositionFromPoint === 'function') {
      const position = caretDoc.caretPositionFromPoint(x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    }
    if (typeof caretDoc.caretRangeFromPoint === 'function') {
      const range = caretDoc.caretRangeFromPoint(x, y);
      return range ? { node: range.startContainer, offset: range.startOffset } : null;
    }
  } catch {
    // Some engines throw for points outside the viewport: nothing is under such a point.
  }
  return null;
}

/** Term ranges indexed by the text nodes they start and end in, for quick lookups on hover. */
export interface TermIndex {
  byNode: Map<Node, TermMatch[]>;
  /** Ranges that span more than two nodes: their middle nodes are not indexed. */
  wide: TermMatch[];
}

export function indexTerms(matches: readonly TermMatch[]): TermIndex {
  const byNode = new Map<Node, TermMatch[]>();
  const wide: TermMatch[] = [];
  const add = (node: Node, match: TermMatch) => {
    const list = byNode.get(node);
    if (list) list.push(match);
    else byNode.set(node, [match]);
  };
  for (const match of matches) {
    const { startContainer, endContainer } = match.range;
    add(startContainer, match);
    if (endContainer !== startContainer) {
      add(endContainer, match);
      if (startContainer.nextSibling !== endContainer) wide.push(match);
    }
  }
  return { byNode, wide };
}

function pointOnRange(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function containsCaret(range: Range, caret: CaretPoint): boolean {
  try {
    return range.isPointInRange(caret.node, caret.offset);
  } catch {
    return false; // the caret is in another document or a detached node
  }
}

/** The term under a viewport point, or null. */
export function termAtPoint(doc: Document, x: number, y: number, index: TermIndex): TermMatch | null {
  if (index.byNode.size === 0) return null;
  const caret = caretPointAt(doc, x, y);
  if (!caret) return null;
  const candidates = [...(index.byNode.get(caret.node) ?? []), ...index.wide];
  for (const match of candidates) {
    if (containsCaret(match.range, caret) && pointOnRange(match.range, x, y)) return match;
  }
  return null;
}
