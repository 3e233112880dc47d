// Turns the reader's pointer and taps on the page into "open this term's card" and "close it".
// Framework-free: the session decides what opening means.

export type OpenVia = 'hover' | 'focus' | 'tap';

export interface TermHit {
  termId: string;
  range: Range;
}

export interface HoverOptions {
  doc: Document;
  termAt(x: number, y: number): TermHit | null;
  /** True when the event happened inside our own UI (the card, the rail, the toolbar). */
  isInsideUi(event: Event): boolean;
  active(): { termId: string; via: OpenVia } | null;
  open(hit: TermHit, via: OpenVia): void;
  close(): void;
  signal: AbortSignal;
  openDelayMs?: number;
  closeDelayMs?: number;
}

export function watchHover(options: HoverOptions): void {
  const { doc, signal } = options;
  const view = doc.defaultView;
  if (!view || signal.aborted) return;
  const openDelay = options.openDelayMs ?? 300;
  const closeDelay = options.closeDelayMs ?? 250;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingTermId: string | null = null;
  let frame = 0;
  let last: MouseEvent | null = null;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    pendingTermId = null;
  };
  const cancelClose = () => clearTimeout(closeTimer);
  const scheduleClose = () => {
    if (options.active()?.via !== 'hover') return;
    cancelClose();
    closeTimer = setTimeout(() => options.close(), closeDelay);
  };

  const onMove = (event: MouseEvent) => {
    if (options.isInsideUi(event)) {
      cancelOpen();
      cancelClose();
      return;
    }
    const hit = options.termAt(event.clientX, event.clientY);
    if (!hit) {
      cancelOpen();
      scheduleClose();
      return;
    }
    if (options.active()?.termId === hit.termId) {
      cancelClose();
      return;
    }
    if (pendingTermId === hit.termId) return;
    cancelOpen();
    pendingTermId = hit.termId;
    openTimer = setTimeout(() => {
      pendingTermId = null;
      cancelClose();
      options.open(hit, 'hover');
    }, openDelay);
  };

  // Moves arrive far more often than frames: hit-test at most once per frame. A tap's compatibility
  // mousemove is harmless: its click opens the card at once and cancels the pending hover.
  const onMouseMove = (event: MouseEvent) => {
    last = event;
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      if (last && !signal.aborted) onMove(last);
    });
  };

  const onClick = (event: MouseEvent) => {
    if (options.isInsideUi(event)) return;
    const hit = options.termAt(event.clientX, event.clientY);
    cancelOpen();
    cancelClose();
    if (hit) options.open(hit, 'tap');
    else if (options.active()) options.close();
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && options.active()) options.close();
  };

  // Mouse events rather than pointer events: Chromium takes ~0.3 ms to register each pointer
  // listener against ~0.03 ms for a mouse one (measured), and every detected page pays it.
  const listen = { passive: true, signal, capture: true } as const;
  doc.addEventListener('mousemove', onMouseMove, listen);
  doc.addEventListener('click', onClick, listen);
  doc.addEventListener('keydown', onKey, listen);
  doc.documentElement.addEventListener('mouseleave', scheduleClose, listen);
  signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
    if (frame) view.cancelAnimationFrame(frame);
  });
}
