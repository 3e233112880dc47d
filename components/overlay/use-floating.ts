import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  type ReferenceElement,
  shift,
} from '@floating-ui/dom';
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * A page range as a floating-ui reference: its boxes, and the element whose scrolling moves it.
 * floating-ui stays (about 6 kB gzip of the overlay's 40 kB budget) for its flip, shift and inline
 * middleware and its scroll-ancestor tracking, which page layouts keep finding new ways to need.
 */
export function rangeReference(range: Range): ReferenceElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
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

/** Shows `floating` in the top layer next to `reference` and keeps it there while both exist. */
export function useFloating(floating: RefObject<HTMLElement>, reference: ReferenceElement | null): void {
  useLayoutEffect(() => {
    const el = floating.current;
    if (!el || !reference) return;
    showInTopLayer(el);
    let alive = true;
    const update = () => {
      computePosition(reference, el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      })
        .then(({ x, y }) => {
          if (!alive) return;
          el.style.left = `${Math.round(x)}px`;
          el.style.top = `${Math.round(y)}px`;
        })
        .catch(() => {});
    };
    const stop = autoUpdate(reference, el, update);
    return () => {
      alive = false;
      stop();
      hideFromTopLayer(el);
    };
  }, [floating, reference]);
}
