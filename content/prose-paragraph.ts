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
const BLOCK_SEPARATOR = String.fromCharCode(1);
const MIN_CHARS = 60;
const MIN_WORDS = 9;
/** How far up the tree furniture classes are looked for: a paragraph's own box and a few around it. */
const ANCESTOR_DEPTH = 4;

function furnitureAround(paragraph: Element): boolean {
  let element: Element | null = paragraph;
  for (let depth = 0; element && depth < ANCESTOR_DEPTH; depth++, element = element.parentElement) {
    if (FURNITURE_TAGS.has(element.localName)) return true;
    const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (FURNITURE.test(words)) return true;
  }
  return false;
}

function linkShare(paragraph: Element, length: number): number {
  let linked = 0;
  for (const link of paragraph.getElementsByTagName('a')) linked += (link.textContent ?? '').length;
  return linked / Math.max(1, length);
}

/** True when `text` (the paragraph's prose) reads as a sentence of the article's own text. */
export function isArticleProse(paragraph: Element, text: string): boolean {
  // proseText keeps blocks apart with a control character; here they read as spaces.
  const clean = text.replace(/\s+/g, ' ').replaceAll(BLOCK_SEPARATOR, ' ').trim();
  if (clean.length < MIN_CHARS || clean.split(' ').length < MIN_WORDS) return false;
  if (!SENTENCE_END.test(clean) || FURNITURE_START.test(clean)) return false;
  return !furnitureAround(paragraph) && linkShare(paragraph, clean.length) < 0.5;
}
