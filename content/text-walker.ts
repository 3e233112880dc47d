// The text nodes of an article that a reader sees as prose: no scripts, form controls, editable
// regions, code, hidden subtrees or our own UI. Attribute checks only: getComputedStyle in this hot
// path would force style recalculation on every page we touch.

export interface WalkOptions {
  signal?: AbortSignal;
}

/** Why a text node does not simply continue the text before it (see text-runs.ts). */
export type TextBreak = 'none' | 'space' | 'hard';

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'context-margin',
]);
// Elements that separate words even though they hold no text themselves.
const BREAKING_TAGS = new Set(['br', 'hr', 'img', 'td', 'th', 'li', 'p', 'div']);
const INLINE_DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none/i;
const SKIPPED_ANCESTOR = [
  ...SKIPPED_TAGS,
  '[data-context-margin]:not(mark)',
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');

/** True for an element whose whole subtree is not article prose. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  // Our UI is skipped, but not the fallback's <mark>s: they hold the page's own text.
  if (element.hasAttribute('data-context-margin') && element.localName !== 'mark') return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = element.getAttribute('style');
  return style !== null && INLINE_DISPLAY_NONE.test(style);
}

const WHITESPACE_ONLY = /^\s*$/;
const ABORT_CHECK_EVERY = 512;

/**
 * Visits the prose text nodes under `root` in document order, telling for each one whether
 * something that separates words came between it and the previous one. Returns false if aborted.
 */
export function visitText(
  root: Element,
  visit: (node: Text, breakBefore: TextBreak) => void,
  options: WalkOptions = {},
): boolean {
  const { signal } = options;
  if (signal?.aborted) return false;
  if (isSkippedElement(root) || root.parentElement?.closest(SKIPPED_ANCESTOR)) return true;
  const doc = root.ownerDocument;
  const NodeFilterConst = doc.defaultView?.NodeFilter ?? NodeFilter;
  let pending: TextBreak = 'none';
  const walker = doc.createTreeWalker(root, NodeFilterConst.SHOW_ELEMENT | NodeFilterConst.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 3) {
        if (!WHITESPACE_ONLY.test((node as Text).data)) return NodeFilterConst.FILTER_ACCEPT;
        if (pending === 'none') pending = 'space';
        return NodeFilterConst.FILTER_SKIP;
      }
      const element = node as Element;
      if (BREAKING_TAGS.has(element.localName)) pending = 'hard';
      if (isSkippedElement(element)) {
        pending = 'hard';
        return NodeFilterConst.FILTER_REJECT;
      }
      return NodeFilterConst.FILTER_SKIP;
    },
  });
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++count % ABORT_CHECK_EVERY === 0 && signal?.aborted) return false;
    visit(node as Text, pending);
    pending = 'none';
  }
  return !signal?.aborted;
}

/** The prose text nodes under `root`, whitespace-only ones left out; [] when aborted. */
export function walkText(root: Element, options: WalkOptions = {}): Text[] {
  const nodes: Text[] = [];
  const finished = visitText(root, (node) => nodes.push(node), options);
  return finished ? nodes : [];
}
