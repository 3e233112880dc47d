// Keeps a card next to its anchor: re-places it when the page or any of its scroll boxes scrolls, the
// window or the visual viewport (pinch zoom) changes, the anchor's element or the card changes size,
// or the anchor's element moves without any of those (a layout shift above it).

/**
 * Calls `onMove` when `el` moves in the viewport. An IntersectionObserver whose root is cut down to
 * the element's own box reports any move as a change of the visible part; the box is then re-cut.
 */
function watchMoves(el: Element, onMove: () => void): () => void {
  const root = el.ownerDocument.documentElement;
  let observer: IntersectionObserver | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(retry);
    observer?.disconnect();
    observer = undefined;
  };
  const watch = (quiet: boolean, threshold = 1) => {
    stop();
    const box = el.getBoundingClientRect();
    if (!quiet) onMove();
    if (!box.width || !box.height) return;
    const inset = [box.top, root.clientWidth - box.right, root.clientHeight - box.bottom, box.left];
    let settled = false;
    const changed: IntersectionObserverCallback = ([entry]) => {
      const now = el.getBoundingClientRect();
      const seen = entry?.intersectionRatio ?? 0;
      // A stale entry (the element moved again since) says nothing reliable: re-cut at once.
      const moved =
        now.x !== box.x || now.y !== box.y || now.width !== box.width || now.height !== box.height;
      if (moved) return watch(false);
      if (seen !== threshold) {
        if (settled) return watch(false);
        // Clipped where it stands: look again later rather than loop.
        if (!seen) retry = setTimeout(() => watch(false, 1e-7), 1000);
        else watch(false, seen);
      }
      settled = true;
    };
    const options = {
      rootMargin: inset.map((side) => `${-Math.floor(side)}px`).join(' '),
      threshold: Math.max(0, Math.min(1, threshold)) || 1,
    };
    try {
      observer = new IntersectionObserver(changed, { ...options, root: root.ownerDocument });
    } catch {
      // Browsers that take no document as the root.
      observer = new IntersectionObserver(changed, options);
    }
    observer.observe(el);
  };
  const resized = () => watch(true);
  addEventListener('resize', resized);
  watch(true);
  return () => {
    removeEventListener('resize', resized);
    stop();
  };
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
  const stopMoves =
    anchorEl && typeof IntersectionObserver === 'function' ? watchMoves(anchorEl, update) : undefined;
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
