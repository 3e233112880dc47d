// The article root and its paragraphs, read from the live DOM without layout.

import { finishSteps, type Steps } from '../text/in-slices';
import { chainStart } from './read-page-chain';
import { CHROME_TAGS, isChromeElement } from './read-page-hints';
import { BLOCKS_PER_STEP, linkShare, scoreCandidateSteps } from './read-page-score';

export const BLOCKS = 'p,li,blockquote,h2,h3,h4,dd,pre';
/** Short list items are menus and link lists, not prose. */
const MIN_ITEM_CHARS = 60;

/**
 * A body split into sections (or interrupted by a figure) makes one section win: an ancestor a few
 * levels up that holds this much more prose is the whole body.
 */
const CLIMB_LEVELS = 4;

/** The reader's two thresholds, in one place so that eval:reading can cross-validate them. */
export interface ReaderKnobs {
  /** An ancestor holding this many times the winner's prose is the whole body. */
  climbMass: number;
  /** A block with more of its text in links than this is a list of links, not prose. */
  blockLinkShare: number;
}
export const KNOBS: ReaderKnobs = { climbMass: 1.5, blockLinkShare: 0.5 };

const textLength = (el: Element) => (el.textContent ?? '').trim().length;
/** Whether the element holds any text but blanks (as `textLength(el) > 0`), without building its whole text. */
function hasText(el: Element): boolean {
  // Text and CDATA sections: the nodes textContent joins.
  const walker = el.ownerDocument.createTreeWalker(el, 4 | 8);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (/\S/.test(node.nodeValue ?? '')) return true;
  return false;
}
/** Text a reader sees: scripts, styles and templates inside the element (JSON, CSS) do not count. */
function visibleLength(el: Element, textChars = textLength(el)): number {
  let length = textChars;
  for (const hidden of el.querySelectorAll('script,style,noscript,template')) length -= textLength(hidden);
  return length;
}

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
    chrome ||= isChromeElement(below);
    known.set(below, chrome);
  }
  return chrome;
}

/** `[itemprop=articleBody]` when it holds text, else the best-scoring container or the whole of it. */
export function* findRootSteps(doc: Document, knobs = KNOBS): Steps<Element | null> {
  const bodies = doc.querySelectorAll('[itemprop=articleBody]');
  // Some sites mark every paragraph as the article body: their parent is the root.
  const body = bodies.length > 1 ? bodies[0]?.parentElement : bodies[0];
  if (body && hasText(body)) return body;
  if (!doc.body) return null;
  const { best, mass } = yield* scoreCandidateSteps(doc.body);
  const winner = best[0]?.el;
  if (!winner) return doc.querySelector('main,[role=main],article') ?? null;
  let root = winner;
  const base = mass.get(winner) ?? 0;
  let node = winner.parentElement;
  for (let level = 0; node && node !== doc.body && level < CLIMB_LEVELS; level++, node = node.parentElement) {
    // A chrome wrapper is never climbed into: its prose is someone else's (mass stops below it).
    if ((mass.get(node) ?? 0) >= base * knobs.climbMass) root = node;
  }
  return chainStart(root, doc.body);
}

const BLOCK_TAGS = /^(?:P|LI|BLOCKQUOTE|H2|H3|H4|DD|PRE|SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/**
 * Characters of text the root holds outside any block and outside chrome: the lines of a body
 * written as bare text and <br> (captions and galleries beside the blocks do not count).
 */
function bareLength(root: Element, known: Map<Element | null, boolean>): number {
  const verdicts = new Map<Element, boolean>();
  const bare = (el: Element): boolean => {
    let verdict = verdicts.get(el);
    if (verdict !== undefined) return verdict;
    const path: Element[] = [];
    let node: Element | null = el;
    for (; node && node !== root && !verdicts.has(node); node = node.parentElement) path.push(node);
    verdict = node === root || !node ? true : (verdicts.get(node) as boolean);
    for (const below of path.reverse()) {
      verdict &&= !BLOCK_TAGS.test(below.tagName.toUpperCase()) && !isChrome(below, root, known);
      verdicts.set(below, verdict);
    }
    return verdict;
  };
  let length = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (parent && (parent === root || bare(parent))) length += (text.nodeValue ?? '').trim().length;
  }
  return length;
}

/**
 * The innermost prose blocks of the root in reading order, chrome and link lists excluded.
 * `rootChars`: the root's trimmed text length, when the caller has read it already (reading the
 * whole article's text is a large share of a reading).
 */
export function* paragraphSteps(root: Element, knobs = KNOBS, rootChars?: number): Steps<Element[]> {
  const paragraphs: Element[] = [];
  const known = new Map<Element | null, boolean>();
  const blocks = root.querySelectorAll(BLOCKS);
  let covered = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const el = blocks[i] as Element;
    // Blocks come in document order, so a block holds another one exactly when it holds the next
    // (asking each block for a block inside it cost a tenth of the reading).
    const next = blocks[i + 1];
    if (next && el.contains(next)) continue;
    const length = textLength(el);
    covered += length;
    if (isChrome(el, root, known)) continue;
    if (!length || (el.tagName.toUpperCase() === 'LI' && length < MIN_ITEM_CHARS)) continue;
    if (linkShare(el, length) > knobs.blockLinkShare) continue;
    paragraphs.push(el);
  }
  // A body of bare text and <br> lines (most text outside any block, the blocks being headings or
  // link lists between the lines): the root is the one paragraph.
  yield;
  const mostlyBare =
    covered * 2 < visibleLength(root, rootChars) &&
    !CHROME_TAGS.test(root.tagName.toUpperCase()) &&
    bareLength(root, known) > covered;
  return mostlyBare ? [root] : paragraphs;
}

export const paragraphsOf = (root: Element, knobs = KNOBS, rootChars?: number) =>
  finishSteps(paragraphSteps(root, knobs, rootChars));

/** Share of the root's text that sits in links: high on home pages and section fronts. */
export const linkDensity = (root: Element, rootChars?: number): number => linkShare(root, rootChars);
