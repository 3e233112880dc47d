// Where a card goes beside what it describes: below and left-aligned with it, above when there is
// more room there, always inside the viewport (a margin of `padding`). Pure: boxes in, point out.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface PopoverOptions {
  /** Between the reference and the card. */
  gap: number;
  /** Kept free at the viewport's edges. */
  padding: number;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

/** The card's top-left corner in viewport coordinates (for `position: fixed`). */
export function placePopover(
  reference: Box,
  card: Size,
  viewport: Size,
  { gap, padding }: PopoverOptions,
): { x: number; y: number } {
  const below = reference.bottom + gap;
  const above = reference.top - gap - card.height;
  const roomBelow = viewport.height - padding - reference.bottom - gap;
  const roomAbove = reference.top - gap - padding;
  const fitsBelow = card.height <= roomBelow;
  // Flip only when the card fits above, or at least has more room there.
  const y = fitsBelow || roomBelow >= roomAbove ? below : above;
  const x = clamp(reference.left, padding, Math.max(padding, viewport.width - padding - card.width));
  return { x, y: clamp(y, padding, Math.max(padding, viewport.height - padding - card.height)) };
}
