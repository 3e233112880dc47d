import { afterEach, describe, expect, it } from 'vitest';
import { noteById } from '@/content/knowledge';
import { MARKER_SIZE, markerSpot } from '@/content/layout/marker-place';
import { columnOf, measureGeometry, RAIL_WIDTH, toolbarSideFor } from '@/content/layout/overlay-geometry';
import { blockedSides } from '@/content/layout/overlay-obstacles';
import type { PlacedNote } from '@/content/overlay/overlay-analysis';

type Box = { left: number; top: number; width: number; height: number };
const rect = ({ left, top, width, height }: Box) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

function boxed(tag: string, box: Box, parent: Element = document.body): HTMLElement {
  const el = document.createElement(tag);
  el.getBoundingClientRect = () => rect(box);
  parent.append(el);
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('columnOf', () => {
  it('is the union of the visible paragraphs', () => {
    expect(
      columnOf([
        rect({ left: 100, top: 10, width: 600, height: 50 }),
        rect({ left: 120, top: 80, width: 620, height: 40 }),
        rect({ left: 0, top: 0, width: 0, height: 0 }),
      ]),
    ).toEqual({
      left: 100,
      right: 740,
      top: 10,
      bottom: 120,
      width: 640,
      height: 110,
    });
    expect(columnOf([])).toBeNull();
  });
});

describe('markerSpot', () => {
  const box = (left: number, top: number, width: number, height: number) => ({
    left,
    top,
    width,
    height,
    right: left + width,
    bottom: top + height,
  });

  it('puts the marker beside its paragraph where the window leaves room, right side first', () => {
    expect(markerSpot(box(20, 50, 600, 10), [], 700, false)).toEqual({ left: 624, top: 50 });
    expect(markerSpot(box(60, 50, 630, 10), [], 700, false)).toEqual({
      left: 60 - MARKER_SIZE - 4,
      top: 50,
    });
  });

  it('without room beside, follows the last line like a footnote number, at its end', () => {
    const paragraph = box(0, 100, 700, 90);
    // The last line ends at x=400, vertically 160..190.
    expect(markerSpot(paragraph, [box(0, 100, 700, 30), box(0, 160, 400, 30)], 700, false)).toEqual({
      left: 404,
      top: 163,
    });
    // Right to left: the last line ends on its left, at x=300.
    expect(markerSpot(paragraph, [box(300, 160, 400, 30)], 700, true)).toEqual({
      left: 300 - 4 - MARKER_SIZE,
      top: 163,
    });
  });

  it('goes up to the latest line with room when the last one is full', () => {
    const paragraph = box(0, 100, 700, 90);
    const lines = [box(0, 100, 650, 30), box(0, 130, 700, 30), box(0, 160, 690, 30)];
    expect(markerSpot(paragraph, lines, 700, false)).toEqual({ left: 654, top: 103 });
  });

  it('takes the inside of the end edge only when every line is full', () => {
    const paragraph = box(0, 100, 700, 90);
    expect(markerSpot(paragraph, [box(0, 160, 690, 30)], 700, false)).toEqual({
      left: 700 - MARKER_SIZE - 2,
      top: 100,
    });
    expect(markerSpot(paragraph, [box(10, 160, 690, 30)], 700, true)).toEqual({ left: 2, top: 100 });
    expect(markerSpot(paragraph, [], 700, false)).toEqual({ left: 700 - MARKER_SIZE - 2, top: 100 });
  });
});

describe('blockedSides', () => {
  it('finds a sidebar beside the article column, not a header above it', () => {
    const wrap = boxed('div', { left: 180, top: 60, width: 1040, height: 900 });
    const article = boxed('article', { left: 180, top: 60, width: 680, height: 900 }, wrap);
    boxed('aside', { left: 920, top: 60, width: 300, height: 400 }, wrap);
    boxed('header', { left: 0, top: 0, width: 1400, height: 40 }, document.body).before(wrap);
    const p = boxed('p', { left: 180, top: 100, width: 680, height: 100 }, article);
    expect(blockedSides(p, { left: 180, right: 860, top: 100, bottom: 900 })).toEqual({
      left: false,
      right: true,
    });
  });
});

describe('measureGeometry', () => {
  const note = noteById('libya-gateway');
  if (!note) throw new Error('no note');
  const host = () => boxed('context-margin', { left: 0, top: -500, width: 0, height: 0 });

  it('puts the rail in the free margin and anchors notes relative to the host', () => {
    const p = boxed('p', { left: 380, top: 200, width: 640, height: 120 });
    const notes: PlacedNote[] = [
      {
        number: 1,
        note,
        placement: { noteId: note.id, paragraph: p, paragraphIndex: 0, score: 3, matched: [] },
      },
    ];
    const g = measureGeometry(host(), notes, [], [p], 1400);
    expect(g.rail).toEqual({ mode: 'margin', side: 'right', left: 1020 + 24, width: RAIL_WIDTH });
    expect(g.anchors).toEqual([{ noteId: note.id, top: 700, bottom: 820, markerLeft: 1024, markerTop: 700 }]);
    // The rail takes the right margin; the left one (380 px) has room for the toolbar.
    expect(g.toolbarSide).toBe('left');
  });

  it('falls back to markers when a sidebar takes the only wide margin', () => {
    const wrap = boxed('div', { left: 100, top: 0, width: 1200, height: 900 });
    const article = boxed('article', { left: 100, top: 0, width: 700, height: 900 }, wrap);
    boxed('aside', { left: 840, top: 0, width: 460, height: 900 }, wrap);
    const p = boxed('p', { left: 100, top: 100, width: 700, height: 100 }, article);
    expect(measureGeometry(host(), [], [], [p], 1400).rail).toEqual({ mode: 'markers' });
  });
});

describe('toolbarSideFor', () => {
  const rail = (side: 'left' | 'right') => ({ mode: 'margin' as const, side, left: 0, width: RAIL_WIDTH });

  it('puts the toolbar in the margin the rail leaves free when it has room', () => {
    expect(toolbarSideFor(rail('right'), { left: 300, right: 1000 }, 1400)).toBe('left');
    expect(toolbarSideFor(rail('left'), { left: 400, right: 1000 }, 1400)).toBe('right');
  });

  it('otherwise keeps it on the rail side, over notes rather than the article, and right without a rail', () => {
    expect(toolbarSideFor(rail('right'), { left: 100, right: 1000 }, 1400)).toBe('right');
    expect(toolbarSideFor(rail('left'), { left: 400, right: 1300 }, 1400)).toBe('left');
    expect(toolbarSideFor({ mode: 'markers' }, { left: 300, right: 1000 }, 1400)).toBe('right');
    expect(toolbarSideFor(rail('right'), null, 1400)).toBe('right');
  });
});
