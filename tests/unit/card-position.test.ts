import { computePosition, flip, inline, offset, type Platform, shift } from '@floating-ui/dom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CardRect as Box, type CardGeometry, cardPosition } from '@/content/layout/card-position';

const VIEWPORT: Box = { left: 0, top: 0, width: 1000, height: 800 };
const CARD = { width: 340, height: 200 };
const at = (left: number, top: number, width = 60, height = 18): Box => ({ left, top, width, height });
const place = (anchor: Box, parts: Box[] = [anchor], more: Partial<CardGeometry> = {}) =>
  cardPosition({ anchor, parts, card: CARD, viewport: VIEWPORT, rtl: false, ...more });

describe('cardPosition', () => {
  it('puts the card 6 px below the term, on its start edge', () => {
    expect(place(at(100, 200))).toEqual({ x: 100, y: 224 });
  });

  it('flips above the term when there is no room below', () => {
    expect(place(at(100, 700))).toEqual({ x: 100, y: 700 - 6 - CARD.height });
  });

  it('aligns on the end edge near the right of the window, then slides inside with 8 px to spare', () => {
    expect(place(at(800, 200, 100))).toEqual({ x: 900 - CARD.width, y: 224 });
    expect(place(at(995, 200, 30))).toEqual({ x: 1000 - 8 - CARD.width, y: 224 });
  });

  it('starts from the right edge of the term in right-to-left text', () => {
    expect(place(at(500, 200, 100), undefined, { rtl: true })).toEqual({ x: 600 - CARD.width, y: 224 });
  });

  it('goes below the last line of a wrapped term, and above its first line when flipped', () => {
    const lines = [at(700, 100, 200), at(10, 118, 50)];
    expect(place(at(10, 100, 890, 36), lines)).toEqual({ x: 10, y: 118 + 18 + 6 });
    // Above, the first line's end edge is the first alignment that fits.
    const low = [at(700, 600, 200), at(10, 618, 50)];
    expect(place(at(10, 600, 890, 36), low)).toEqual({ x: 900 - CARD.width, y: 600 - 6 - CARD.height });
  });

  it('keeps the side that overflows least when the card fits nowhere', () => {
    const tall = { width: 340, height: 500 };
    // 380 px above, 382 below: below overflows less.
    expect(
      cardPosition({
        anchor: at(100, 380),
        parts: [at(100, 380)],
        card: tall,
        viewport: VIEWPORT,
        rtl: false,
      }).y,
    ).toBe(404);
    expect(
      cardPosition({
        anchor: at(100, 410),
        parts: [at(100, 410)],
        card: tall,
        viewport: VIEWPORT,
        rtl: false,
      }).y,
    ).toBe(-96);
  });
});

// The same inputs through floating-ui's own computePosition with the overlay's former options.
function floatingUi(g: CardGeometry): Promise<{ x: number; y: number }> {
  // Only what these four middleware ask of a platform: no offset parent, no scale, no documents.
  // floating-ui takes corner-and-size boxes; ours are the layout's rectangles.
  const xy = (r: Box) => ({ x: r.left, y: r.top, width: r.width, height: r.height });
  const platform = {
    getElementRects: ({ reference }: { reference: { getBoundingClientRect(): Box } }) => {
      const r = reference.getBoundingClientRect();
      return {
        reference: xy(r),
        floating: { x: 0, y: 0, ...g.card },
      };
    },
    getClippingRect: () => xy(g.viewport),
    getDimensions: () => g.card,
    getClientRects: () =>
      g.parts.map((p) => ({
        ...xy(p),
        left: p.left,
        top: p.top,
        right: p.left + p.width,
        bottom: p.top + p.height,
      })),
    isRTL: () => g.rtl,
  } as unknown as Platform;
  const reference = { getBoundingClientRect: () => g.anchor } as unknown as Element;
  return computePosition(reference, {} as HTMLElement, {
    platform,
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
  }).then(({ x, y }) => ({ x, y }));
}

// Whole and half pixels make ties (equal widths, lines exactly half a line apart) common; any double
// tests the arithmetic.
const num = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: min * 2, max: max * 2 }).map((n) => n / 2),
    fc.double({ min, max, noNaN: true }),
  );
const box = fc.record({
  left: num(-300, 1600),
  top: num(-300, 1400),
  width: num(0, 400),
  height: num(0, 40),
});
const enclose = (boxes: Box[]): Box => {
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  return { left, top, width: right - left, height: Math.max(...boxes.map((b) => b.top + b.height)) - top };
};
const geometry = fc
  .record({
    parts: fc.array(box, { maxLength: 5 }),
    loose: box,
    card: fc.record({ width: num(1, 500), height: num(1, 900) }),
    viewport: fc.record({
      left: fc.constant(0),
      top: fc.constant(0),
      width: fc.integer({ min: 200, max: 1800 }),
      height: fc.integer({ min: 200, max: 1200 }),
    }),
    rtl: fc.boolean(),
    wholeAnchor: fc.boolean(),
    cardAsWide: fc.boolean(),
  })
  .map(({ parts, loose, wholeAnchor, cardAsWide, card, ...rest }): CardGeometry => {
    const anchor = wholeAnchor && parts.length > 0 ? enclose(parts) : loose;
    // A card exactly as wide as its anchor is where the alignment sides swap.
    return { ...rest, parts, anchor, card: cardAsWide ? { ...card, width: anchor.width } : card };
  });

describe('cardPosition against floating-ui', () => {
  it('lands on the same coordinates for any anchor, card, viewport and direction', async () => {
    await fc.assert(
      fc.asyncProperty(geometry, async (g) => {
        expect(cardPosition(g)).toEqual(await floatingUi(g));
      }),
      { numRuns: 3000 },
    );
  });
});
