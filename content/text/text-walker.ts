// The text nodes of an article that a reader sees as prose: no scripts, form controls, editable
// regions, code, hidden subtrees or our own UI. Tag and attribute checks only: getComputedStyle in
// this hot path would force style recalculation on every page we touch.

export interface WalkOptions {
  signal?: AbortSignal;
  /**
   * The skip checks to use (see skipChecker): one shared by walks over many parts of a page in
   * one go answers for their common ancestors once.
   */
  skipped?: SkipCheck;
}

export type SkipCheck = (element: Element | null) => boolean;

const SKIPPED_TAGS = [
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
];
const INLINE_DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none/i;

const SKIPPED_TAG_SET = new Set(SKIPPED_TAGS);
// One native match on attributes only: far cheaper than several attribute reads from JS, and
// than a selector that also lists the tag names (measured in Chromium on heavy pages).
const SKIPPED_BY_ATTRIBUTE = [
  '[hidden]',
  '[aria-hidden="true" i]',
  '[contenteditable]:not([contenteditable="false" i])',
  // Our UI is skipped, but not the fallback's <mark>s: they hold the page's own text.
  '[data-context-margin]:not(mark)',
].join(', ');
const MAYBE_SKIPPED_BY_ATTRIBUTE = `${SKIPPED_BY_ATTRIBUTE}, [style*="none" i]`;

/** True for an element whose whole subtree is not article prose. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAG_SET.has(element.localName)) return true;
  if (!element.matches(MAYBE_SKIPPED_BY_ATTRIBUTE)) return false;
  if (element.matches(SKIPPED_BY_ATTRIBUTE)) return true;
  return INLINE_DISPLAY_NONE.test(element.getAttribute('style') ?? '');
}

const HAS_TEXT = /\S/;
const ABORT_CHECK_EVERY = 512;

/**
 * Whether an element is (inside) skipped content; remembers every answer, so it is for one pass
 * over a page that does not change meanwhile.
 */
export function skipChecker(): SkipCheck {
  const verdicts = new Map<Element, boolean>();
  return (start) => {
    const unknown: Element[] = [];
    let verdict = false;
    for (let element = start; element; element = element.parentElement) {
      const known = verdicts.get(element);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      if (isSkippedElement(element)) {
        verdict = true;
        // Everything met so far lies inside this element: skipped too.
        for (const inner of unknown) verdicts.set(inner, true);
        unknown.length = 0;
        verdicts.set(element, true);
        break;
      }
      unknown.push(element);
    }
    for (const element of unknown) verdicts.set(element, verdict);
    return verdict;
  };
}

/**
 * Visits the prose text nodes under `root` in document order. A native walker over text nodes
 * alone, with a remembered ancestor check per parent element: calling a JS filter for every element
 * of a heavy page costs far more. Returns false if aborted.
 */
export function visitText(root: Element, visit: (node: Text) => void, options: WalkOptions = {}): boolean {
  const { signal } = options;
  if (signal?.aborted) return false;
  const isSkipped = options.skipped ?? skipChecker();
  if (isSkipped(root)) return true; // also answers, once, for every ancestor of the root
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, (doc.defaultView?.NodeFilter ?? NodeFilter).SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (++count % ABORT_CHECK_EVERY === 0 && signal?.aborted) return false;
    if (HAS_TEXT.test(node.data) && !isSkipped(node.parentElement)) visit(node);
  }
  return !signal?.aborted;
}

/** The prose text nodes under `root`, whitespace-only ones left out; [] when aborted. */
export function walkText(root: Element, options: WalkOptions = {}): Text[] {
  const nodes: Text[] = [];
  const finished = visitText(root, (node) => nodes.push(node), options);
  return finished ? nodes : [];
}
