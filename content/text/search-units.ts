// A big root cut into pieces that can be searched one at a time with the same result as the whole:
// text runs never cross the edge of a block element, so the block children of a root that holds
// nothing but blocks can be searched separately, each in turn cut the same way. Lets a search stop
// between pieces and give the main thread back on huge pages.

import { INLINE_TAGS } from './text-runs';
import { isSkippedElement } from './text-walker';

const WHITESPACE_ONLY = /^\s*$/;

/** True when every child of `element` is a block element, white space or a comment. */
function onlyBlocks(element: Element): boolean {
  if (!element.firstElementChild) return false;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) {
      if (INLINE_TAGS.has((child as Element).localName)) return false;
    } else if (child.nodeType === 3) {
      if (!WHITESPACE_ONLY.test((child as Text).data)) return false;
    }
  }
  return true;
}

/**
 * The pieces of `root` in document order: the deepest elements reached through block-only
 * elements, skipped content left out. `root` itself when it cannot be cut.
 */
export function* searchUnits(root: Element): Generator<Element> {
  // An explicit stack: pathological nesting must not overflow the call stack.
  const stack: Element[] = [root];
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (element !== root && isSkippedElement(element)) continue;
    if (!onlyBlocks(element)) {
      yield element;
      continue;
    }
    const children: Element[] = [];
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Element);
  }
}
