// Keeps a card next to its anchor: re-places it when the page or any of its scroll boxes scrolls, the
// window or the visual viewport (pinch zoom) changes, the anchor's element or the card changes size,
// or the anchor's element moves without any of those (a layout shift above it).

/**
 * Calls `onMove` when `el`'s box in the viewport changes for any other reason (content inserted
 * above it, say). Checked once a frame, and only while a card is open: one rectangle read, which
 * costs next to nothing once the frame has been laid out.
 */
function watchMoves(el: Element, onMove: () => void): () => void {
  const view = el.ownerDocument.defaultView;
  if (!view?.requestAnimationFrame) return () => {};
  let last = el.getBoundingClientRect();
  const check = () => {
    const now = el.getBoundingClientRect();
    const moved =
      now.x !== last.x || now.y !== last.y || now.width !== last.width || now.height !== last.height;
    last = now;
    if (moved) onMove();
    frame = view.requestAnimationFrame(check);
  };
  let frame = view.requestAnimationFrame(check);
  return () => view.cancelAnimationFrame(frame);
}

/** Calls `update` now and whenever the card may have to move; returns the stop. */
export function followAnchor(anchorEl: Element | null, card: HTMLElement, update: () => void): () => void {
  // Scroll events do not bubble, but every one in the document passes the window's capture phase.
  const scrollOptions = { capture: true, passive: true };
  addEventListener('scroll', update, scrollOptions);
  addEventListener('resize', update);
  const zoom = window.visualViewport;
  zoom?.addEventListener('scroll', update);
  zoom?.addEventListener('resize', update);
  const sizes = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
  sizes?.observe(card);
  if (anchorEl) sizes?.observe(anchorEl);
  const stopMoves = anchorEl ? watchMoves(anchorEl, update) : undefined;
  update();
  return () => {
    removeEventListener('scroll', update, scrollOptions);
    removeEventListener('resize', update);
    zoom?.removeEventListener('scroll', update);
    zoom?.removeEventListener('resize', update);
    sizes?.disconnect();
    stopMoves?.();
  };
}
