import { describe, expect, it } from 'vitest';
import { placePopover } from '@/components/overlay/place-popover';

const viewport = { width: 1000, height: 800 };
const options = { gap: 6, padding: 8 };
const box = (left: number, top: number, width = 80, height = 20) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placePopover', () => {
  it('puts the card below the reference, aligned with its left edge', () => {
    expect(placePopover(box(100, 200), { width: 300, height: 150 }, viewport, options)).toEqual({
      x: 100,
      y: 226,
    });
  });

  it('flips above when the card does not fit below but fits above', () => {
    expect(placePopover(box(100, 700), { width: 300, height: 150 }, viewport, options)).toEqual({
      x: 100,
      y: 544,
    });
  });

  it('stays below when neither side fits but below has more room, kept inside the viewport', () => {
    const { y } = placePopover(box(100, 300), { width: 300, height: 700 }, viewport, options);
    expect(y).toBe(92);
  });

  it('shifts left to stay inside the right edge, and never past the left padding', () => {
    expect(placePopover(box(900, 100), { width: 300, height: 100 }, viewport, options).x).toBe(692);
    expect(placePopover(box(-50, 100), { width: 300, height: 100 }, viewport, options).x).toBe(8);
    expect(placePopover(box(500, 100), { width: 2000, height: 100 }, viewport, options).x).toBe(8);
  });
});
