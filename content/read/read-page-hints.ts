// What a container's tag, class and id say about it, before its text is read. Extractors agree on
// these words: they name the article body or the chrome around it on most sites, in most languages
// (class names are English nearly everywhere).

/** Characters a paragraph of running prose has at least: shorter ones are captions, menu entries, teasers. */
export const PROSE_CHARS = 80;

/** Never the article's own text, wherever they sit. */
export const CHROME_TAGS =
  /^(?:NAV|ASIDE|FOOTER|FIGURE|FIGCAPTION|FORM|BUTTON|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|DIALOG|SELECT|TEXTAREA|LABEL|IFRAME|SVG)$/;

/**
 * Chrome inside an article: the word starts a class or id token (`related-posts`, `share_bar`), so
 * that a layout wrapper such as `theme_sidebar-left` or `no-comments-yet` is not taken for it.
 */
export const CHROME_NAMES =
  /(?:^|\s)(?:related|share|sharing|social|promo|newsletter|comments?|tags?|sidebar|footer|breadcrumbs?|recommend\w*|ticker|widget|advert\w*|ads?|caption|credit|subscribe|subscription|popular|trending|navigation|nav|complementary|byline|author|consent|cookies?|gdpr|banner|modal|popup|signup|sign-up|newsletter\w*|outbrain|taboola|read-?more|more-stories|also-read|see-also|disclaimer|copyright|print|toolbar|sr-only|visually-hidden|screen-reader\w*|inline-related|recirc\w*|sponsored|partner\w*|truste\w*|onetrust\w*|didomi\w*|cmp\w*|paywall|meta|tools|rating|dateline|timestamp)(?:$|[\s_-])/i;

const GOOD = /article|body|content|entry|main|post|story|text|prose|column|blog/i;
const BAD =
  /comment|meta|footer|foot|sidebar|side-bar|related|share|social|promo|consent|cookie|gdpr|banner|modal|popup|newsletter|subscribe|signup|sponsor|advert|outbrain|taboola|recirc|widget|menu|nav|header|masthead|breadcrumb|pagination|teaser|card|rail|trending|popular|most-read|truste|onetrust|didomi|cmp-|privacy/i;

/** A weight from the tag and the class and id names: positive for bodies, negative for chrome. */
export function hintWeight(el: Element): number {
  const tag = el.tagName.toUpperCase();
  let weight = tag === 'ARTICLE' || tag === 'MAIN' ? 10 : tag === 'DIV' || tag === 'SECTION' ? 3 : 0;
  if (el.getAttribute('itemprop') === 'articleBody') weight += 40;
  const role = el.getAttribute('role');
  if (role === 'main' || role === 'article') weight += 10;
  if (!el.hasAttributes()) return weight;
  const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('name') ?? ''}`;
  if (GOOD.test(names)) weight += 20;
  if (BAD.test(names)) weight -= 25;
  return weight;
}

/** True when the element itself (not its ancestors) is page chrome by tag, name, role or state. */
export function isChromeElement(el: Element): boolean {
  if (CHROME_TAGS.test(el.tagName.toUpperCase())) return true;
  // Most elements have no attributes: one call says so instead of five reads.
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  return (
    CHROME_NAMES.test(`${el.getAttribute('class') ?? ''} ${el.id}`) ||
    role === 'navigation' ||
    role === 'complementary' ||
    role === 'dialog' ||
    role === 'alertdialog' ||
    // A region labelled by a modal's title is that modal (a transcript, a share sheet), shown on demand.
    /modal|dialog/i.test(el.getAttribute('aria-labelledby') ?? '') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('hidden')
  );
}

const OUTSIDE_TAGS = /^(?:NAV|ASIDE|FOOTER|DIALOG|TEMPLATE|NOSCRIPT)$/;
const OUTSIDE_ROLES = /^(?:dialog|alertdialog|navigation|complementary|contentinfo)$/;

/**
 * True when a container sits in a part of the page that is never the story, by structure rather
 * than by name: a navigation, an aside, a footer, a dialog (or a region labelled by a modal's title),
 * a hidden subtree. Names are left out here: a wrapper's class may say `sidebar-layout`.
 */
export function isOutsideStory(el: Element, body: Element): boolean {
  for (let node: Element | null = el; node && node !== body; node = node.parentElement) {
    if (OUTSIDE_TAGS.test(node.tagName.toUpperCase())) return true;
    if (!node.hasAttributes()) continue;
    if (OUTSIDE_ROLES.test(node.getAttribute('role') ?? '')) return true;
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    if (/modal|dialog/i.test(node.getAttribute('aria-labelledby') ?? '')) return true;
  }
  return false;
}
