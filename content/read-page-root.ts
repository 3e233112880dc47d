// The article root and its paragraphs, read from the live DOM without layout.

export const BLOCKS = 'p,li,blockquote,h2,h3,h4,dd,pre';
/** Page chrome inside or around an article: never the article's own text. */
const CHROME_TAGS = /^(?:NAV|ASIDE|FOOTER|FIGURE|FIGCAPTION|FORM|BUTTON|SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;
const CHROME_NAMES =
  /(?:^|[\s_-])(?:related|share|sharing|social|promo|newsletter|comments?|tags?|sidebar|footer|breadcrumbs?|recommend\w*|ticker|widget|advert\w*|ads?|caption|subscribe|popular|trending|navigation|complementary)(?:$|[\s_-])/i;
/** Short list items are menus and link lists, not prose. */
const MIN_ITEM_CHARS = 60;

const textLength = (el: Element) => (el.textContent ?? '').trim().length;

/** True when the element sits in page chrome between itself and the root. */
export function isChrome(el: Element, root: Element | null): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (CHROME_TAGS.test(node.tagName.toUpperCase())) return true;
    const names = `${node.getAttribute('class') ?? ''} ${node.id} ${node.getAttribute('role') ?? ''}`;
    if (names.length > 1 && CHROME_NAMES.test(names)) return true;
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return true;
  }
  return false;
}

/** The element whose direct paragraphs hold the most text (a small Readability-like fallback). */
function densestBlock(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  for (const p of doc.getElementsByTagName('p')) {
    const parent = p.parentElement;
    if (!parent || isChrome(p, null)) continue;
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
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of doc.getElementsByTagName('article')) {
    const length = textLength(article);
    if (length > bestLength && !isChrome(article, null)) [best, bestLength] = [article, length];
  }
  return best ?? densestBlock(doc) ?? doc.querySelector('main,[role=main]') ?? null;
}

/** The innermost prose blocks of the root in reading order, chrome excluded. */
export function paragraphsOf(root: Element): Element[] {
  const paragraphs: Element[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS) || isChrome(el, root)) continue;
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
