// Where a card goes beside what it explains (a term's text, a note marker), in viewport pixels: below
// it, on its start edge, 6 px away; when that leaves the viewport (8 px kept free), the end edge, then
// above; when nothing fits, the side that fits best; finally slid sideways back inside. A term wrapped
// over lines is measured by its last line below it and by its first line above it. These are the
// rules, the order of trials and the arithmetic of floating-ui 1.8's `computePosition` with
// `inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })` and the fixed strategy, which
// the overlay used before: the cards land on the same pixels for 6 kB gzip less (tests compare both).
// Pure: the measures come in (see use-floating.ts), the coordinates go out.

import { anchorFor, type Box, bottom, enclose, linesOf, right, type Side, sameBox } from './card-anchor';
import type { ViewportRect } from './viewport-rect';

/** What the placement reads of a rectangle (a DOMRect fits as it is). */
export type CardRect = Pick<ViewportRect, 'left' | 'top' | 'width' | 'height'>;

export interface CardGeometry {
  /** The anchor's bounding box. */
  anchor: CardRect;
  /** The anchor's boxes, one per line box or element part (getClientRects). */
  parts: readonly CardRect[];
  /** The card's size. */
  card: { width: number; height: number };
  /** The area the card must stay in. */
  viewport: CardRect;
  /** The card's writing direction: start and end swap in right-to-left text. */
  rtl: boolean;
}

type Placement = { side: Side; edge: 'start' | 'end' };
interface Trial {
  placement: Placement;
  /** Overflow past the viewport on the card's side, then on the two sides of its alignment. */
  overflows: number[];
}

export const GAP = 6;
export const MARGIN = 8;
// After a start alignment below comes the end alignment, then the same two above.
const TRIALS: readonly Placement[] = [
  { side: 'bottom', edge: 'start' },
  { side: 'bottom', edge: 'end' },
  { side: 'top', edge: 'start' },
  { side: 'top', edge: 'end' },
];
// A loop guard only: no real geometry comes near it.
const MAX_RESTARTS = 50;

// floating-ui's arithmetic, kept here step for step, works on corner-and-size boxes.
const toBox = (rect: CardRect): Box => ({
  x: rect.left,
  y: rect.top,
  width: rect.width,
  height: rect.height,
});

/** The card's top-left corner in viewport pixels (not rounded). */
export function cardPosition(geometry: CardGeometry): { x: number; y: number } {
  const { card, rtl } = geometry;
  const anchor = toBox(geometry.anchor);
  const parts = geometry.parts.map(toBox);
  const viewport = toBox(geometry.viewport);
  const lines = linesOf(parts);
  const whole = parts.length > 0 ? enclose(parts) : anchor;
  let reference = anchor;
  let placement = TRIALS[0] as Placement;
  let trialIndex = 0;
  let trials: Trial[] = [];
  let restarts = 0;
  const restart = () => restarts++ < MAX_RESTARTS;
  // How far a card at (x, y) passes each viewport edge, margin included (negative: room left).
  const overflow = (x: number, y: number) => ({
    top: viewport.y - y + MARGIN,
    bottom: y + card.height - bottom(viewport) + MARGIN,
    left: viewport.x - x + MARGIN,
    right: x + card.width - right(viewport) + MARGIN,
  });
  for (;;) {
    const { side, edge } = placement;
    // Centred first, then moved by the same amount to the start or end edge.
    const centred = reference.x + reference.width / 2 - card.width / 2;
    const toEdge = reference.width / 2 - card.width / 2;
    let x = centred + toEdge * (edge === 'end' ? 1 : -1) * (rtl ? -1 : 1);
    let y = side === 'bottom' ? bottom(reference) : reference.y - card.height;
    const aligned = parts.length > 0 ? anchorFor(side, lines, whole) : reference;
    if (!sameBox(aligned, reference) && restart()) {
      reference = aligned;
      continue;
    }
    y += side === 'bottom' ? GAP : -GAP;
    const past = overflow(x, y);
    // The alignment edge the card grows towards first, then the other one.
    let grows: 'left' | 'right' = edge === (rtl ? 'end' : 'start') ? 'right' : 'left';
    if (reference.width > card.width) grows = grows === 'right' ? 'left' : 'right';
    const overflows = [past[side], past[grows], past[grows === 'right' ? 'left' : 'right']];
    const tried = [...trials, { placement, overflows }];
    if (overflows.some((amount) => amount > 0)) {
      const next = TRIALS[trialIndex + 1];
      if (next) {
        trialIndex++;
        trials = tried;
        if (restart()) {
          placement = next;
          continue;
        }
      } else {
        const best = bestOf(tried);
        if (best !== placement && restart()) {
          placement = best;
          continue;
        }
      }
    }
    const room = overflow(x, y);
    x = Math.max(x + room.left, Math.min(x, x - room.right));
    return { x, y };
  }
}

/** Where nothing fits: the trial that fits vertically with the least sideways overflow, else the least overflow. */
function bestOf(tried: readonly Trial[]): Placement {
  const fitsOnItsSide = tried
    .filter((trial) => (trial.overflows[0] ?? 0) <= 0)
    .sort((a, b) => (a.overflows[1] ?? 0) - (b.overflows[1] ?? 0))[0];
  if (fitsOnItsSide) return fitsOnItsSide.placement;
  const excess = (trial: Trial) =>
    trial.overflows.filter((amount) => amount > 0).reduce((sum, a) => sum + a, 0);
  return ([...tried].sort((a, b) => excess(a) - excess(b))[0] as Trial).placement;
}
