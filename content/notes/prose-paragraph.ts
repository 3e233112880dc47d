// Notes go beside article prose only: page furniture that the reader kept (a subscribe footer, a
// list of related headlines, tags, a photo credit, a byline) names platforms, cities and coalitions
// without being about them, and a note beside it is always loose.

/** Class or id words of furniture, matched as whole words of the attribute. */
const FURNITURE =
  /(?:^|[\s_-])(?:caption|credits?|byline|related|tags?|share|sharing|social|subscribe|newsletter|promo|footer|breadcrumbs?|author|more-stories|read-more)(?:$|[\s_-])/i;
const FURNITURE_TAGS = new Set(['figcaption', 'figure', 'aside', 'nav', 'footer', 'header', 'caption']);
/** Openings of furniture lines in the languages of the pack. */
const FURNITURE_START =
  /^(?:related|read more|see also|more:|tags?:|photo|image|credit|follow us|subscribe|sign up|share|copyright|©|lire aussi|à lire|voir aussi|ver también|lee también|leggi anche|mehr zum thema|lesen sie auch|اقرأ أيضا)/i;
/** A sentence ends somewhere in it: headlines in a list of links do not. */
const SENTENCE_END = /[.!?؟…]["'”’»)\]]?(?:\s|$)/;
// proseText keeps blocks apart with a control character; here they read as spaces.
const BLOCK_SEPARATOR = String.fromCharCode(1);
const MIN_CHARS = 60;
const MIN_WORDS = 9;
/** How far up the tree furniture is looked for: a paragraph's own box and a few around it. */
const ANCESTOR_DEPTH = 4;
/**
 * A box with more paragraphs than this is the article's body, not a caption or a share box: its
 * class ("post tags-enabled") says nothing about one paragraph, so the look upwards stops there.
 */
const BOX_PARAGRAPHS = 3;

export type ProseCheck = (paragraph: Element, text: string) => boolean;

/** A prose check for one pass over a page: each ancestor is judged once for all its paragraphs. */
export function proseChecker(): ProseCheck {
  const judged = new Map<Element, 'furniture' | 'body' | 'neutral'>();
  const judge = (element: Element, paragraph: Element) => {
    let verdict = judged.get(element);
    if (verdict) return verdict;
    if (FURNITURE_TAGS.has(element.localName)) verdict = 'furniture';
    else if (element !== paragraph && element.getElementsByTagName('p').length > BOX_PARAGRAPHS)
      verdict = 'body';
    else {
      const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
      verdict = FURNITURE.test(words) ? 'furniture' : 'neutral';
    }
    judged.set(element, verdict);
    return verdict;
  };
  const furnitureAround = (paragraph: Element) => {
    let element: Element | null = paragraph;
    for (let depth = 0; element && depth < ANCESTOR_DEPTH; depth++, element = element.parentElement) {
      const verdict = judge(element, paragraph);
      if (verdict !== 'neutral') return verdict === 'furniture';
    }
    return false;
  };
  return (paragraph, text) => {
    const clean = text.replace(/\s+/g, ' ').replaceAll(BLOCK_SEPARATOR, ' ').trim();
    if (clean.length < MIN_CHARS || clean.split(' ').length < MIN_WORDS) return false;
    if (!SENTENCE_END.test(clean) || FURNITURE_START.test(clean)) return false;
    return !furnitureAround(paragraph) && linkShare(paragraph, clean.length) < 0.5;
  };
}

function linkShare(paragraph: Element, length: number): number {
  let linked = 0;
  for (const link of paragraph.getElementsByTagName('a')) linked += (link.textContent ?? '').length;
  return linked / Math.max(1, length);
}
