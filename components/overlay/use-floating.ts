import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { placePopover } from './place-popover';

/** What a card is placed against: a page range (a term) or an element (a note marker). */
export interface ReferenceElement {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
}

/** A page range as a reference: the box of its first line, where the reader's eye and mouse are. */
export function rangeReference(range: Range): ReferenceElement {
  return {
    getBoundingClientRect: () => range.getClientRects()[0] ?? range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
  };
}

function showInTopLayer(el: HTMLElement): void {
  // The top layer is above every page z-index and outside every page overflow; browsers without
  // the Popover API still get a fixed, very high element.
  if (typeof el.showPopover !== 'function') return;
  try {
    if (!el.matches(':popover-open')) el.showPopover();
  } catch {
    // Already shown, or disconnected in the meantime.
  }
}

function hideFromTopLayer(el: HTMLElement): void {
  try {
    if (typeof el.hidePopover === 'function' && el.matches(':popover-open')) el.hidePopover();
  } catch {
    // Gone already.
  }
}

/**
 * Shows `floating` in the top layer next to `reference` and keeps it there while both exist: placed
 * again, once per frame at most, when anything scrolls, the window resizes or the card changes size.
 */
export function useFloating(floating: RefObject<HTMLElement>, reference: ReferenceElement | null): void {
  useLayoutEffect(() => {
    const el = floating.current;
    const win = el?.ownerDocument.defaultView;
    if (!el || !reference || !win) return;
    showInTopLayer(el);
    const place = () => {
      const root = el.ownerDocument.documentElement;
      const { x, y } = placePopover(
        reference.getBoundingClientRect(),
        { width: el.offsetWidth, height: el.offsetHeight },
        { width: root.clientWidth || win.innerWidth, height: root.clientHeight || win.innerHeight },
        { gap: 6, padding: 8 },
      );
      el.style.left = `${Math.round(x)}px`;
      el.style.top = `${Math.round(y)}px`;
    };
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        place();
      });
    };
    place();
    const listening = new AbortController();
    const options = { capture: true, passive: true, signal: listening.signal };
    win.addEventListener('scroll', schedule, options);
    win.addEventListener('resize', schedule, options);
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resized?.observe(el);
    return () => {
      listening.abort();
      resized?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      hideFromTopLayer(el);
    };
  }, [floating, reference]);
}
