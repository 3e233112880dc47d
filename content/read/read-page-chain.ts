// Articles whose paragraphs nest one level deeper each: found by the container that wins, begun
// where its first paragraph is.
import { isChromeElement, PROSE_CHARS } from './read-page-hints';

/** Deeper than any real layout: bounds the climb on a hostile page. */
const CHAIN_LEVELS = 500;
/** Levels without a paragraph of their own a chain may pass (a subheading's, an empty anchor's). */
const CHAIN_GAP = 3;

const isProse = (el: Element | null) =>
  !!el && el.tagName.toUpperCase() === 'P' && (el.textContent ?? '').trim().length >= PROSE_CHARS;

/** A prose paragraph among `parent`'s children before `child`, bare or in a wrapper of its own. */
function proseBefore(parent: Element, child: Element): boolean {
  for (let el = parent.firstElementChild; el && el !== child; el = el.nextElementSibling) {
    const only = el.childElementCount === 1 ? el.firstElementChild : null;
    if (isProse(el) || isProse(only)) return true;
  }
  return false;
}

/**
 * Where the article starts when each paragraph sits one level deeper than the last (pages written
 * with `<span id="…"/>`, which HTML never closes): an ancestor that holds a prose paragraph of its own
 * before the part already found is the same article, begun earlier. Winning containers deep in such
 * a chain otherwise kept only the article's last paragraphs.
 */
export function chainStart(root: Element, body: Element): Element {
  let start = root;
  let gap = 0;
  let child = root;
  let node = root.parentElement;
  for (let level = 0; node && node !== body && level < CHAIN_LEVELS; level++) {
    if (isChromeElement(node)) break;
    if (proseBefore(node, child)) {
      start = node;
      gap = 0;
    } else if (++gap > CHAIN_GAP) break;
    child = node;
    node = node.parentElement;
  }
  return start;
}
