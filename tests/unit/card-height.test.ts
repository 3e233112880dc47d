import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardHeightLimit } from '@/content/layout/card-height';
import { type CardRect as Box, type CardGeometry, cardPosition } from '@/content/layout/card-position';

// The reviewer's window: 700 × 600.
const VIEWPORT: Box = { left: 0, top: 0, width: 700, height: 600 };
const at = (left: number, top: number, width = 60, height = 18): Box => ({ left, top, width, height });
const geometry = (anchor: Box, height: number): CardGeometry => ({
  anchor,
  parts: [anchor],
  card: { width: 340, height },
  viewport: VIEWPORT,
  rtl: false,
});

describe('cardHeightLimit', () => {
  it('leaves a card that fits below or above its term alone', () => {
    expect(cardHeightLimit(geometry(at(100, 100), 400))).toBeNull();
    expect(cardHeightLimit(geometry(at(100, 500), 400))).toBeNull();
  });

  it('gives a card that fits on neither side the room on the roomier side, 8 px from the edge', () => {
    // 300 + 18 + 6 = 324 below the term: 600 − 8 − 324 = 268 px; above: 300 − 6 − 8 = 286 px.
    expect(cardHeightLimit(geometry(at(100, 300), 420))).toBe(286);
    expect(cardHeightLimit(geometry(at(100, 250), 420))).toBe(600 - 8 - (250 + 18 + 6));
  });

  it('once limited, the card lands inside the window with its margin, wherever its term is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 574 }), fc.integer({ min: 100, max: 420 }), (top, height) => {
        const g = geometry(at(600, top), height);
        const limit = cardHeightLimit(g);
        const card = { width: 340, height: limit ?? height };
        const { y } = cardPosition({ ...g, card });
        expect(y).toBeGreaterThanOrEqual(8);
        expect(y + card.height).toBeLessThanOrEqual(600 - 8);
      }),
    );
  });
});
