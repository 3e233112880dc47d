// Finding the article's container on any layout: every prose block gives points to its nearest
// ancestors (most to its parent), containers are weighed by their tag and names and punished for the
// share of their text in links, and the best one wins. Reads the live DOM once, bounded.
import type { Steps } from '../text/in-slices';
import { hintWeight, isChromeElement, isOutsideStory } from './read-page-hints';

/** Elements that hold prose themselves; a <div> counts when it has text of its own (bare <br> lines). */
const PROSE = 'p,pre,td,div,section,article,font';
/** At most this many blocks are read: a 1 MB page has a few thousand. */
const MAX_BLOCKS = 6000;
/** Blocks read between two points where a sliced reading may pause (well under a millisecond, cold). */
export const BLOCKS_PER_STEP = 64;
const MIN_BLOCK_CHARS = 25;
/** How far up a block's points go, and how much of them each level gets. */
const SHARE = [1, 0.5, 1 / 6, 1 / 9, 1 / 12];
/** How far up a block's text counts as the mass of prose an ancestor holds (undecayed). */
const MASS_LEVELS = 7;
const SKIP = /^(?:NAV|ASIDE|FOOTER|HEADER|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|BUTTON|SELECT|OPTION|LABEL)$/;

const linkText = (el: Element) => {
  let n = 0;
  for (const a of el.getElementsByTagName('a')) n += (a.textContent ?? '').length;
  return n;
};

/** Share of an element's text inside links (0 when it has no text). */
export const linkShare = (el: Element, length = (el.textContent ?? '').length) =>
  length ? Math.min(1, linkText(el) / length) : 0;

/** Text of the element's own text nodes, without its children's. */
function ownText(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3) text += node.nodeValue;
  return text;
}

/** Points of one block: longer, comma-rich, sentence-like text scores more; link lists score nothing. */
function blockPoints(el: Element, own: string | null): [points: number, chars: number, linked: number] {
  if (own !== null && own.length < MIN_BLOCK_CHARS * 4) return [0, 0, 0];
  const text = own ?? (el.textContent ?? '').trim();
  if (text.length < MIN_BLOCK_CHARS) return [0, 0, 0];
  const commas = (text.match(/[,،、，]/g) ?? []).length;
  const sentences = (text.match(/[.!?。؟](?:\s|$)/g) ?? []).length;
  const points = 1 + Math.min(commas, 10) + Math.min(sentences, 5) * 0.5 + Math.min(3, text.length / 100);
  const prose = own === null ? 1 - linkShare(el, text.length) : 1;
  return [points * prose, text.length, text.length * (1 - prose)];
}

export interface Candidate {
  el: Element;
  score: number;
}

export interface Scores {
  /** Best first, at most `keep`. */
  best: Candidate[];
  /** Characters of prose held below each container, chrome containers and what is above them left out. */
  mass: Map<Element, number>;
}

/** Containers with their final score, and the mass of prose in each. */
export function* scoreCandidateSteps(body: Element, keep = 5): Steps<Scores> {
  const points = new Map<Element, number>();
  const mass = new Map<Element, number>();
  const linked = new Map<Element, number>();
  // Blocks share their ancestors: each ancestor is asked whether it is chrome once.
  const chrome = new Map<Element, boolean>();
  const isChrome = (node: Element) => {
    let verdict = chrome.get(node);
    if (verdict === undefined) {
      verdict = isChromeElement(node);
      chrome.set(node, verdict);
    }
    return verdict;
  };
  const blocks = body.querySelectorAll(PROSE);
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS; i++) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const el = blocks[i] as Element;
    const tag = el.tagName.toUpperCase();
    const own = tag === 'P' || tag === 'PRE' ? null : ownText(el).trim();
    const [value, chars, links] = blockPoints(el, own);
    if (!value) continue;
    // A paragraph gives its points to its container; a container of bare text lines is one itself.
    let node = own === null ? el.parentElement : el;
    for (let level = 0; node && level < MASS_LEVELS; level++, node = node.parentElement) {
      if (SKIP.test(node.tagName.toUpperCase()) || isChrome(node)) break;
      if (level < SHARE.length) points.set(node, (points.get(node) ?? 0) + value * (SHARE[level] as number));
      mass.set(node, (mass.get(node) ?? 0) + chars);
      if (links) linked.set(node, (linked.get(node) ?? 0) + links);
      if (node === body) break;
    }
  }
  // Hints only for the best few by raw points: the rest cannot win. The link share is that of the
  // prose blocks below (read once each), not of the container's whole text (a second full read).
  const raw = [...points]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .filter(([el]) => !isOutsideStory(el, body));
  const scored = raw.map(([el, value]) => ({
    el,
    score: (value + hintWeight(el)) * (1 - (linked.get(el) ?? 0) / Math.max(1, mass.get(el) ?? 0)),
  }));
  return { best: scored.sort((a, b) => b.score - a.score).slice(0, keep), mass };
}
