import { afterEach, describe, expect, it } from 'vitest';
import type { PlacedNote } from '@/content/overlay-analysis';
import {
  columnOf,
  MARKER_SIZE,
  markerLeftFor,
  measureGeometry,
  RAIL_WIDTH,
} from '@/content/overlay-geometry';
import { blockedSides } from '@/content/overlay-obstacles';
import { noteById } from '@/content/piece';

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

describe('markerLeftFor', () => {
  it('sits right of the paragraph, else left of it, else just inside, never off screen', () => {
    expect(markerLeftFor(rect({ left: 20, top: 0, width: 600, height: 10 }), 700)).toBe(624);
    expect(markerLeftFor(rect({ left: 60, top: 0, width: 630, height: 10 }), 700)).toBe(60 - MARKER_SIZE - 4);
    expect(markerLeftFor(rect({ left: 0, top: 0, width: 700, height: 10 }), 700)).toBe(700 - MARKER_SIZE - 2);
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
    expect(g.anchors).toEqual([{ noteId: note.id, top: 700, bottom: 820, markerLeft: 1024 }]);
  });

  it('falls back to markers when a sidebar takes the only wide margin', () => {
    const wrap = boxed('div', { left: 100, top: 0, width: 1200, height: 900 });
    const article = boxed('article', { left: 100, top: 0, width: 700, height: 900 }, wrap);
    boxed('aside', { left: 840, top: 0, width: 460, height: 900 }, wrap);
    const p = boxed('p', { left: 100, top: 100, width: 700, height: 100 }, article);
    expect(measureGeometry(host(), [], [], [p], 1400).rail).toEqual({ mode: 'markers' });
  });
});
