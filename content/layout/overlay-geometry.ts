// Measures the page once per layout change and turns rectangles into positions relative to the
// overlay host. The host is an out-of-flow box at the document origin, so positions taken relative
// to its own rectangle stay right whatever the page's scroll or containing block.

import type { PlacedNote, TermSummary } from '../overlay/overlay-analysis';
import { MARKER_SIZE, markerSpot, markerSpotOf } from './marker-place';
import { blockedSides } from './overlay-obstacles';
import { chooseRail } from './rail-choice';
import { rectAround, type ViewportRect } from './viewport-rect';

export const RAIL_WIDTH = 248;
export const RAIL_GUTTER = 24;
/** Room the floating toolbar needs in a margin: its width (~190 px) and space on both sides. */
export const TOOLBAR_ROOM = 240;
export { MARKER_SIZE };

export type RailGeometry =
  | { mode: 'margin'; side: 'left' | 'right'; left: number; width: number }
  | { mode: 'markers' };

export interface NoteAnchor {
  noteId: string;
  /** Top of the paragraph, relative to the host. */
  top: number;
  bottom: number;
  /** Where a narrow-window marker sits, relative to the host (see marker-place.ts). */
  markerLeft: number;
  markerTop: number;
}

export interface TermProxy {
  termId: string;
  label: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Geometry {
  rail: RailGeometry;
  anchors: NoteAnchor[];
  proxies: TermProxy[];
  /** The corner the toolbar starts in (the reader can move it). */
  toolbarSide: 'left' | 'right';
}

export const EMPTY_GEOMETRY: Geometry = {
  rail: { mode: 'markers' },
  anchors: [],
  proxies: [],
  toolbarSide: 'right',
};

/**
 * Away from the rail when the other margin has room, so that the toolbar covers neither notes nor
 * text; else on the rail's side, over notes rather than the article. Markers sit where lines end
 * (on the right in left-to-right text), and the right corner is the familiar place, so without a
 * rail it stays there.
 */
export function toolbarSideFor(
  rail: RailGeometry,
  free: { left: number; right: number } | null,
  viewportWidth: number,
): 'left' | 'right' {
  if (rail.mode !== 'margin' || !free) return 'right';
  const room = rail.side === 'right' ? free.left : viewportWidth - free.right;
  if (room >= TOOLBAR_ROOM) return rail.side === 'right' ? 'left' : 'right';
  return rail.side;
}

/** The horizontal extent of the article's text column: the union of its visible paragraphs. */
export function columnOf(rects: readonly ViewportRect[]): ViewportRect | null {
  const visible = rects.filter((r) => r.width > 0 && r.height > 0);
  return visible.length === 0 ? null : rectAround(visible);
}

/** `measureGeometry` for an analysis, in the host's own window. */
export function measureInWindow(
  host: Element,
  analysis: { notes: readonly PlacedNote[]; terms: readonly TermSummary[] },
  paragraphs: readonly Element[],
): Geometry {
  const doc = host.ownerDocument;
  const viewportWidth = doc.documentElement.clientWidth || doc.defaultView?.innerWidth || 0;
  return measureGeometry(host, analysis.notes, analysis.terms, paragraphs, viewportWidth);
}

export function measureGeometry(
  host: Element,
  notes: readonly PlacedNote[],
  terms: readonly TermSummary[],
  paragraphs: readonly Element[],
  viewportWidth: number,
): Geometry {
  const origin = host.getBoundingClientRect();
  const column = columnOf(paragraphs.map((p) => p.getBoundingClientRect()));
  const blocked = column ? blockedSides(paragraphs[0] ?? null, column) : { left: true, right: true };
  // A blocked side is offered to chooseRail as if the article reached the window edge there.
  const free = column && {
    ...column,
    left: blocked.left ? 0 : column.left,
    right: blocked.right ? viewportWidth : column.right,
  };
  const choice = free
    ? chooseRail(free, viewportWidth, { railWidth: RAIL_WIDTH, gutter: RAIL_GUTTER })
    : null;
  const rail: RailGeometry =
    choice && choice.mode === 'margin'
      ? { mode: 'margin', side: choice.side, left: choice.left - origin.left, width: RAIL_WIDTH }
      : { mode: 'markers' };
  const anchors = notes.flatMap(({ note, placement }) => {
    const rect = placement.paragraph.getBoundingClientRect();
    if (!placement.paragraph.isConnected || (rect.width === 0 && rect.height === 0)) return [];
    // Markers show only without a rail: only then are line boxes worth reading.
    const marker =
      rail.mode === 'markers'
        ? markerSpotOf(placement.paragraph, rect, viewportWidth)
        : markerSpot(rect, [], viewportWidth, false);
    return [
      {
        noteId: note.id,
        top: rect.top - origin.top,
        bottom: rect.bottom - origin.top,
        markerLeft: marker.left - origin.left,
        markerTop: marker.top - origin.top,
      },
    ];
  });
  const proxies = terms.flatMap(({ term, first }) => {
    const rect = first.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return [];
    return [
      {
        termId: term.id,
        label: term.label,
        left: rect.left - origin.left,
        top: rect.top - origin.top,
        width: rect.width,
        height: rect.height,
      },
    ];
  });
  return { rail, anchors, proxies, toolbarSide: toolbarSideFor(rail, free, viewportWidth) };
}
