// The fallback where the CSS Custom Highlight API is missing: wrap each term's text in
// <mark data-context-margin>, and undo it exactly — the text nodes that were split are merged
// back into the original Text objects, and no other node of the page is touched.

import { type Segment, segmentsOf } from '../text/range-segments';
import type { TermMatch } from '../types';
import { carryRanges, keepRangesFound, type Origin } from './carried-ranges';

export interface Wrapping {
  /** Every mark in place, in document order. */
  readonly marks: readonly HTMLElement[];
  /** The terms again, with ranges over the marks' text (the original offsets no longer hold). */
  matches: TermMatch[];
  /**
   * Restores the DOM as it was before wrapping. Ranges given in `carry` (e.g. terms found again in
   * the wrapped text) are moved onto the restored text nodes, so they stay valid.
   */
  unwrap(carry?: readonly Range[]): void;
}

const justRun = <T>(change: () => T): T => change();

export function wrapMatches(
  doc: Document,
  matches: readonly TermMatch[],
  quietly: <T>(change: () => T) => T = justRun,
): Wrapping {
  const perNode = new Map<Text, Segment[]>();
  matches.forEach((match, index) => {
    segmentsOf(match.range, match.termId, index, perNode);
  });
  const pieces = new Map<Text, Text[]>();
  const origins = new Map<Text, Origin>();
  const marks: HTMLElement[] = [];
  const marksOfMatch: HTMLElement[][] = matches.map(() => []);

  quietly(() => {
    for (const [original, segments] of perNode) {
      segments.sort((a, b) => a.start - b.start);
      const created: Text[] = [];
      let rest = original;
      let restStart = 0;
      for (const segment of segments) {
        if (segment.start < restStart || !rest.parentNode) continue; // overlapping ranges: first one wins
        let target = rest;
        if (segment.start > restStart) {
          target = rest.splitText(segment.start - restStart);
          created.push(target);
          origins.set(target, { original, start: segment.start });
        }
        const length = segment.end - segment.start;
        if (length < target.length) {
          rest = target.splitText(length);
          created.push(rest);
          origins.set(rest, { original, start: segment.end });
        } else rest = target;
        restStart = segment.end;
        const mark = doc.createElement('mark');
        mark.setAttribute('data-context-margin', '');
        mark.setAttribute('data-term-id', segment.termId);
        target.before(mark);
        mark.append(target);
        marks.push(mark);
        marksOfMatch[segment.match]?.push(mark);
      }
      pieces.set(original, created);
    }
  });

  const foundMeanwhile = keepRangesFound();
  let unwrapped = false;
  const wrapped: TermMatch[] = [];
  matches.forEach((match, index) => {
    const own = marksOfMatch[index] ?? [];
    const first = own[0];
    const last = own[own.length - 1];
    if (!first || !last) return;
    const range = doc.createRange();
    range.selectNodeContents(first.firstChild ?? first); // see findTerms: cheap in every DOM
    range.setStart(first.firstChild ?? first, 0);
    const lastText = last.lastChild;
    if (lastText && lastText.nodeType === 3) range.setEnd(lastText, (lastText as Text).length);
    else range.setEndAfter(last);
    wrapped.push({ termId: match.termId, range });
  });

  return {
    marks,
    matches: wrapped,
    unwrap(given = []) {
      if (unwrapped) return;
      unwrapped = true;
      const carry = [...new Set([...given, ...foundMeanwhile()])];
      carryRanges(carry, origins, () =>
        quietly(() => {
          for (const mark of marks) {
            // A page script may have moved or emptied the mark since: restore what is still ours.
            if (mark.parentNode) mark.replaceWith(...Array.from(mark.childNodes));
          }
          for (const [original, created] of pieces) {
            let next = original.nextSibling;
            for (const piece of created) {
              if (next !== piece) break;
              next = piece.nextSibling;
              original.appendData(piece.data);
              piece.remove();
            }
          }
        }),
      );
      marks.length = 0;
      pieces.clear();
      origins.clear();
    },
  };
}
