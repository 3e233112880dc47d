// Everything that can move the article's paragraphs without a DOM change we would see: window
// resizes, scroll containers, web fonts, images, and the article box changing size.

export interface LayoutTriggerOptions {
  doc: Document;
  /** Elements whose size changes move the notes (the article root). */
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
    for (const el of observe) resizes.observe(el);
    signal.addEventListener('abort', () => resizes.disconnect());
  }
}
