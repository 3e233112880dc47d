// Everything that can move the article's paragraphs without a content change (content changes are
// watchPage's, watch-page.ts): window resizes, scroll containers, web fonts, images, and the article
// box or the page's body changing size. Each of these is listened to here and nowhere else.

export interface LayoutTriggerOptions {
  doc: Document;
  /** Elements whose size changes move the notes (the article root); the body is always observed. */
  observe: readonly Element[];
  onLayout(): void;
  signal: AbortSignal;
}

/**
 * Returns a function that runs `work` once in the next animation frame however often it is called
 * before then, and never after `signal` aborts. Reading layout there, rather than in the middle of
 * our own task, lets the browser compute it once for the frame it paints anyway. Without frames (no
 * window), `work` runs at once.
 */
export function oncePerFrame(view: Window | null, work: () => void, signal: AbortSignal): () => void {
  if (!view?.requestAnimationFrame) return () => void (signal.aborted || work());
  let frame = 0;
  signal.addEventListener('abort', () => frame && view.cancelAnimationFrame(frame), { once: true });
  return () => {
    if (frame || signal.aborted) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) work();
    });
  };
}

/** Calls `onLayout` at most once per frame after any trigger, until `signal` aborts. */
export function watchLayout({ doc, observe, onLayout, signal }: LayoutTriggerOptions): void {
  const view = doc.defaultView;
  if (!view || signal.aborted) return;
  const schedule = oncePerFrame(view, onLayout, signal);
  const listen = { passive: true, signal } as const;
  view.addEventListener('resize', schedule, listen);
  // Scrolling the document moves the host with the page; only inner scroll containers need a relayout.
  doc.addEventListener(
    'scroll',
    (event) => {
      if (event.target !== doc) schedule();
    },
    { ...listen, capture: true },
  );
  // Images and fonts that finish loading change heights; `load` does not bubble, so capture it.
  doc.addEventListener('load', schedule, { ...listen, capture: true });
  doc.fonts?.addEventListener?.('loadingdone', schedule, listen);
  if (typeof ResizeObserver === 'function') {
    const resizes = new ResizeObserver(schedule);
    // The body changing size (a banner above the article collapsing through a class change, say)
    // moves the article without a change of its own size or of the content.
    for (const el of new Set([...observe, ...(doc.body ? [doc.body] : [])])) resizes.observe(el);
    signal.addEventListener('abort', () => resizes.disconnect());
  }
}
