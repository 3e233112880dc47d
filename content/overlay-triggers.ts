// Everything that can move the article's paragraphs without a DOM change we would see: window
// resizes, scroll containers, web fonts, images, and the article box changing size.

export interface LayoutTriggerOptions {
  doc: Document;
  /** Elements whose size changes move the notes (the article root). */
  observe: readonly Element[];
  onLayout(): void;
  signal: AbortSignal;
}

/** Calls `onLayout` at most once per frame after any trigger, until `signal` aborts. */
export function watchLayout({ doc, observe, onLayout, signal }: LayoutTriggerOptions): void {
  const view = doc.defaultView;
  if (!view || signal.aborted) return;
  let frame = 0;
  const schedule = () => {
    if (frame || signal.aborted) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) onLayout();
    });
  };
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
  signal.addEventListener('abort', () => {
    if (frame) view.cancelAnimationFrame(frame);
  });
}
