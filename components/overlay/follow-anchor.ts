// Keeps a card next to its anchor: re-places it when the page or any of its scroll boxes scrolls, the
// window or the visual viewport (pinch zoom) changes, the anchor's element or the card changes size,
// or the anchor's element moves without any of those (a layout shift above it).

const sameBox = (a: DOMRect, b: DOMRect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * Calls `update` now and whenever the card may have to move; returns the stop. Every trigger only
 * marks the card out of place; one check a frame, while the card is open, re-places it at most once
 * (before that frame paints). The same check compares the anchor's box with the last frame's, which
 * catches moves that fire no event (content inserted above the term): one rectangle read, next to
 * nothing once the frame has been laid out.
 */
export function followAnchor(anchorEl: Element | null, card: HTMLElement, update: () => void): () => void {
  const view = card.ownerDocument.defaultView;
  let outOfPlace = false;
  const soon = () => {
    outOfPlace = true;
  };
  // Scroll events do not bubble, but every one in the document passes the window's capture phase.
  const scrollOptions = { capture: true, passive: true };
  addEventListener('scroll', soon, scrollOptions);
  addEventListener('resize', soon);
  const zoom = window.visualViewport;
  zoom?.addEventListener('scroll', soon);
  zoom?.addEventListener('resize', soon);
  const sizes = typeof ResizeObserver === 'function' ? new ResizeObserver(soon) : undefined;
  sizes?.observe(card);
  if (anchorEl) sizes?.observe(anchorEl);
  update();
  let last = anchorEl?.getBoundingClientRect();
  const check = () => {
    const now = anchorEl?.getBoundingClientRect();
    const moved = !!now && !!last && !sameBox(now, last);
    last = now;
    if (outOfPlace || moved) {
      outOfPlace = false;
      update();
    }
    frame = view?.requestAnimationFrame(check);
  };
  let frame = view?.requestAnimationFrame(check);
  return () => {
    removeEventListener('scroll', soon, scrollOptions);
    removeEventListener('resize', soon);
    zoom?.removeEventListener('scroll', soon);
    zoom?.removeEventListener('resize', soon);
    sizes?.disconnect();
    if (frame !== undefined) view?.cancelAnimationFrame(frame);
  };
}
