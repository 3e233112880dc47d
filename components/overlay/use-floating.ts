import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { cardHeightLimit } from '../../content/layout/card-height';
import { type CardGeometry, type CardRect, cardPosition } from '../../content/layout/card-position';
import { followAnchor } from './follow-anchor';

/** What a card explains: a term's range of page text, or an element (a note marker). */
export type Anchor = Range | Element;

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

/** The card's CSS size; its rounded layout size where the two disagree (as floating-ui reads it). */
function cardSize(card: HTMLElement): { width: number; height: number } {
  const style = getComputedStyle(card);
  const width = Number.parseFloat(style.width) || 0;
  const height = Number.parseFloat(style.height) || 0;
  const { offsetWidth, offsetHeight } = card;
  const exact = Math.round(width) === offsetWidth && Math.round(height) === offsetHeight;
  return exact ? { width, height } : { width: offsetWidth, height: offsetHeight };
}

/**
 * The viewport a fixed card must stay in: the visual viewport, less a right scrollbar gutter
 * (`scrollbar-gutter: stable`) that the root keeps but its client width does not show.
 */
function viewportOf(doc: Document, leftScrollbar: number): CardRect {
  const html = doc.documentElement;
  const zoom = doc.defaultView?.visualViewport;
  const box = zoom
    ? { left: zoom.offsetLeft, top: zoom.offsetTop, width: zoom.width, height: zoom.height }
    : { left: 0, top: 0, width: html.clientWidth, height: html.clientHeight };
  const body = doc.body;
  if (leftScrollbar <= 0 && body) {
    const style = getComputedStyle(body);
    const margins =
      doc.compatMode === 'CSS1Compat'
        ? Number.parseFloat(style.marginLeft) + Number.parseFloat(style.marginRight) || 0
        : 0;
    const reserved = Math.abs(html.clientWidth - body.clientWidth - margins);
    const gutter = getComputedStyle(html).scrollbarGutter === 'stable both-edges' ? reserved / 2 : reserved;
    // More than a scrollbar's width is page layout, not a gutter.
    if (gutter <= 25) box.width -= gutter;
  }
  return box;
}

/** Everything the placement needs, read from the page. */
function measure(anchor: Anchor, card: HTMLElement): CardGeometry {
  const doc = card.ownerDocument;
  const html = doc.documentElement;
  // A scrollbar on the left (some right-to-left systems) pushes the root, and every fixed box, right.
  const leftScrollbar = html.getBoundingClientRect().left + html.scrollLeft;
  // WebKit reports client rects relative to the visual viewport.
  const zoom = doc.defaultView?.visualViewport;
  const webkit = zoom && typeof CSS !== 'undefined' && CSS.supports?.('-webkit-backdrop-filter', 'none');
  const dx = webkit ? zoom.offsetLeft : 0;
  const dy = webkit ? zoom.offsetTop : 0;
  const place = (r: DOMRect): CardRect => ({
    left: r.left + dx - leftScrollbar,
    top: r.top + dy,
    width: r.width,
    height: r.height,
  });
  return {
    anchor: place(anchor.getBoundingClientRect()),
    parts: [...anchor.getClientRects()].map(place),
    card: cardSize(card),
    viewport: viewportOf(doc, leftScrollbar),
    rtl: getComputedStyle(card).direction === 'rtl',
  };
}

/** Shows `floating` in the top layer next to `anchor` and keeps it there while both exist. */
export function useFloating(floating: RefObject<HTMLElement>, anchor: Anchor | null): void {
  useLayoutEffect(() => {
    const el = floating.current;
    if (!el || !anchor) return;
    showInTopLayer(el);
    // A range moves and resizes with the element its text starts in.
    const anchorEl = 'startContainer' in anchor ? anchor.startContainer.parentElement : anchor;
    const stop = followAnchor(anchorEl, el, () => {
      try {
        // Measured at its natural height each time, so that a card shrunk in a short spot grows back.
        el.style.maxHeight = '';
        let geometry = measure(anchor, el);
        const limit = cardHeightLimit(geometry);
        if (limit !== null) {
          el.style.maxHeight = `${limit}px`;
          geometry = { ...geometry, card: cardSize(el) };
        }
        const { x, y } = cardPosition(geometry);
        el.style.left = `${Math.round(x)}px`;
        el.style.top = `${Math.round(y)}px`;
      } catch {
        // A page that took the anchor away mid-measure: the card stays where it was.
      }
    });
    return () => {
      stop();
      hideFromTopLayer(el);
    };
  }, [floating, anchor]);
}
