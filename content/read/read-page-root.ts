// The article root and its paragraphs, read from the live DOM without layout.

export const BLOCKS = 'p,li,blockquote,h2,h3,h4,dd,pre';
/** Page chrome inside or around an article: never the article's own text. */
const CHROME_TAGS = /^(?:NAV|ASIDE|FOOTER|FIGURE|FIGCAPTION|FORM|BUTTON|SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;
const CHROME_NAMES =
  /(?:^|[\s_-])(?:related|share|sharing|social|promo|newsletter|comments?|tags?|sidebar|footer|breadcrumbs?|recommend\w*|ticker|widget|advert\w*|ads?|caption|subscribe|popular|trending|navigation|complementary)(?:$|[\s_-])/i;
/** Short list items are menus and link lists, not prose. */
const MIN_ITEM_CHARS = 60;

const textLength = (el: Element) => (el.textContent ?? '').trim().length;

/**
 * True when the element sits in page chrome between itself and the root (null: the document).
 * Paragraphs share their ancestors, and some pages nest each paragraph one level deeper than the
 * last (unclosed <span/>), so the verdicts are kept in `known` and each element is looked at once.
 * `known` holds verdicts for this one root and lives for one reading: the page may change after it.
 */
export function isChrome(el: Element, root: Element | null, known: Map<Element | null, boolean>): boolean {
  // A loop, not recursion: a hostile page nests thousands of elements deep.
  const path: Element[] = [];
  let node: Element | null = el;
  for (; node && node !== root && !known.has(node); node = node.parentElement) path.push(node);
  let chrome = !!known.get(node);
  for (const below of path.reverse()) {
    // Most elements have no attributes: one call says so instead of five reads.
    chrome ||=
      CHROME_TAGS.test(below.tagName.toUpperCase()) ||
      (below.hasAttributes() &&
        (CHROME_NAMES.test(
          `${below.getAttribute('class') ?? ''} ${below.id} ${below.getAttribute('role') ?? ''}`,
        ) ||
          below.getAttribute('aria-hidden') === 'true' ||
          below.hasAttribute('hidden')));
    known.set(below, chrome);
  }
  return chrome;
}

/** The element whose direct paragraphs hold the most text (a small Readability-like fallback). */
function densestBlock(doc: Document, known: Map<Element | null, boolean>): Element | null {
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  for (const p of doc.getElementsByTagName('p')) {
    const parent = p.parentElement;
    if (!parent || isChrome(p, null, known)) continue;
    const score = (scores.get(parent) ?? 0) + textLength(p);
    scores.set(parent, score);
    if (score > bestScore) [best, bestScore] = [parent, score];
  }
  return bestScore >= 200 ? best : null;
}

/** `[itemprop=articleBody]`, else the `<article>` with most text, else the densest text block. */
export function findRoot(doc: Document): Element | null {
  const bodies = doc.querySelectorAll('[itemprop=articleBody]');
  // Some sites mark every paragraph as the article body: their parent is the root.
  const body = bodies.length > 1 ? bodies[0]?.parentElement : bodies[0];
  if (body && textLength(body) > 0) return body;
  const known = new Map<Element | null, boolean>();
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of doc.getElementsByTagName('article')) {
    const length = textLength(article);
    if (length > bestLength && !isChrome(article, null, known)) [best, bestLength] = [article, length];
  }
  return best ?? densestBlock(doc, known) ?? doc.querySelector('main,[role=main]') ?? null;
}

/** The innermost prose blocks of the root in reading order, chrome excluded. */
export function paragraphsOf(root: Element): Element[] {
  const paragraphs: Element[] = [];
  const known = new Map<Element | null, boolean>();
  const blocks = root.querySelectorAll(BLOCKS);
  for (let i = 0; i < blocks.length; i++) {
    const el = blocks[i] as Element;
    // Blocks come in document order, so a block holds another one exactly when it holds the next
    // (asking each block for a block inside it cost a tenth of the reading).
    const next = blocks[i + 1];
    if ((next && el.contains(next)) || isChrome(el, root, known)) continue;
    const length = textLength(el);
    if (length && (el.tagName.toUpperCase() !== 'LI' || length >= MIN_ITEM_CHARS)) paragraphs.push(el);
  }
  // A body of bare text and <br> lines (few blocks, most text outside them): the root is the one paragraph.
  if (paragraphs.length >= 3) return paragraphs;
  const covered = paragraphs.reduce((sum, el) => sum + textLength(el), 0);
  return covered * 2 < textLength(root) ? [root] : paragraphs;
}

/** Share of the root's text that sits in links: high on home pages and section fronts. */
export function linkDensity(root: Element): number {
  let linked = 0;
  for (const a of root.getElementsByTagName('a')) linked += textLength(a);
  return linked / Math.max(1, textLength(root));
}
