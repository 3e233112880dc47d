// The lead of the likely article for the cheap stage, on real layouts: the first paragraphs of the
// page are often a menu, a consent banner, an outline or a teaser list, and the article's own lead
// comes later. An article body is several prose paragraphs side by side under one parent, which a
// menu, a transcript of one-paragraph entries or a card list is not: the first parents that gather
// CLUSTER such paragraphs are read. Bounded in paragraphs looked at and in characters read.
import { isChromeElement, PROSE_CHARS } from '../read/read-page-hints';

const SCAN = 400;
export const CLUSTER = 3;
const CLUSTERS = 2;
/** The lead is the first few paragraphs: a story about the group names it there. */
const LEAD_PARAGRAPHS_READ = 4;
const LEAD_CHARS_READ = 1500;
/** How far up a parent is looked at for chrome (consent banners, asides, footers). */
const CHROME_LEVELS = 4;

export function inChrome(el: Element): boolean {
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
  // Per parent, its paragraphs not yet found short. A paragraph's text is read only once its parent
  // has CLUSTER of them: most paragraphs of a page sit alone and are never read (the cost is then
  // one parentElement per paragraph, not a string per paragraph).
  const pending = new Map<Element, Element[]>();
  const known = new Set<Element>();
  const done = new Set<Element>();
  let text = '';
  let found = 0;
  for (let i = 0; i < SCAN && found < CLUSTERS; i++) {
    const p = paragraphs[i];
    if (!p) break;
    const parent = p.parentElement;
    if (!parent || done.has(parent)) continue;
    const list = pending.get(parent) ?? [];
    pending.set(parent, list);
    list.push(p);
    if (list.length < CLUSTER) continue;
    const long = list.filter((el) => known.has(el) || (el.textContent ?? '').length >= PROSE_CHARS);
    for (const el of long) known.add(el);
    pending.set(parent, long);
    if (long.length < CLUSTER) continue;
    done.add(parent);
    if (inChrome(parent)) continue;
    found++;
    text += readLead(parent);
  }
  return text;
}

/** The first prose paragraphs of a parent, bounded. */
function readLead(parent: Element): string {
  let text = '';
  const own = parent.getElementsByTagName('p');
  for (let k = 0, read = 0; read < LEAD_PARAGRAPHS_READ && text.length < LEAD_CHARS_READ; k++) {
    const inner = own[k];
    if (!inner) break;
    const value = inner.textContent ?? '';
    if (value.length < PROSE_CHARS) continue;
    text += ` ${value.slice(0, LEAD_CHARS_READ)}`;
    read++;
  }
  return text;
}
