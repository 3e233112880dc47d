// The lead of the likely article for the cheap stage, on real layouts: the first paragraphs of the
// page are often a menu, a consent banner, an outline or a teaser list, and the article's own lead
// comes later. An article body is several prose paragraphs side by side under one parent, which a
// menu, a transcript of one-paragraph entries or a card list is not: the first parents that gather
// CLUSTER such paragraphs are read. Bounded in paragraphs looked at and in characters read.
import { isChromeElement } from './read-page-hints';

const SCAN = 400;
const PROSE_CHARS = 80;
const CLUSTER = 3;
const CLUSTERS = 2;
const READ_PARAGRAPHS = 8;
const LEAD_CHARS = 3000;
/** How far up a parent is looked at for chrome (consent banners, asides, footers). */
const CHROME_LEVELS = 4;

function inChrome(el: Element): boolean {
  let node: Element | null = el;
  for (let level = 0; node && level < CHROME_LEVELS; level++, node = node.parentElement) {
    if (isChromeElement(node)) return true;
  }
  return false;
}

/** Text of the first paragraphs of the first parents holding several prose paragraphs. */
export function clusterLead(doc: Document): string {
  // Indexing a live collection stops at the element asked for; its length would count them all.
  const paragraphs = doc.getElementsByTagName('p');
  const counts = new Map<Element, number>();
  const rejected = new Set<Element>();
  let text = '';
  let found = 0;
  for (let i = 0; i < SCAN && found < CLUSTERS; i++) {
    const p = paragraphs[i];
    if (!p) break;
    const parent = p.parentElement;
    if (!parent || rejected.has(parent) || (p.textContent ?? '').length < PROSE_CHARS) continue;
    const count = (counts.get(parent) ?? 0) + 1;
    counts.set(parent, count);
    if (count < CLUSTER) continue;
    rejected.add(parent);
    if (inChrome(parent)) continue;
    found++;
    const own = parent.getElementsByTagName('p');
    for (let k = 0, read = 0; read < READ_PARAGRAPHS && text.length < LEAD_CHARS * found; k++) {
      const inner = own[k];
      if (!inner) break;
      const value = inner.textContent ?? '';
      if (value.length < PROSE_CHARS) continue;
      text += ` ${value.slice(0, LEAD_CHARS)}`;
      read++;
    }
  }
  return text;
}
