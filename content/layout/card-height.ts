// A card taller than the room on either side of its anchor would run off the window whichever side
// the placement picks (a long card in a short window): it gets at most the room on the roomier side,
// the window's margin kept, and its content scrolls (`overflow: auto`). The placement is unchanged.
import { type CardGeometry, GAP, MARGIN } from './card-position';

// Below this a card shows too little to read; an anchor pressed against a tiny window gets it anyway.
const MIN_HEIGHT = 48;

/** The card's height limit in px, or null when it fits above or below its anchor as it is. */
export function cardHeightLimit({ anchor, parts, card, viewport }: CardGeometry): number | null {
  const top = parts.length > 0 ? Math.min(...parts.map((p) => p.top)) : anchor.top;
  const bottom =
    parts.length > 0 ? Math.max(...parts.map((p) => p.top + p.height)) : anchor.top + anchor.height;
  const below = viewport.top + viewport.height - MARGIN - (bottom + GAP);
  const above = top - GAP - (viewport.top + MARGIN);
  const room = Math.max(below, above, MIN_HEIGHT);
  return card.height > room ? Math.floor(room) : null;
}
