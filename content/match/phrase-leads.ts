// The leads of compiled phrases (see phrase-starts.ts): a phrase's first literal piece, the
// characters before its first space or hyphen, which the text must show wherever the phrase starts.
// A trie finds the leads present at a position exactly; a bit set of hashed lead beginnings lets a
// scan turn a word away with a few arithmetic steps per character, before any trie look-up.

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 unit: 0 not yet known, 1 a letter, number or mark, 2 anything else. */
export const wordUnits = new Uint8Array(0x10000);

/**
 * Whether a unit is a letter, number or mark on its own (1) or not (2), remembered. Surrogates count
 * as not, so that a position after one stays a candidate: the pattern's own look-behind decides.
 */
export function learnUnit(code: number): number {
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  const known = !surrogate && WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  wordUnits[code] = known;
  return known;
}

const isWordUnit = (code: number) => (wordUnits[code] || learnUnit(code)) === 1;

/** Hashes of lead beginnings look at this many units at most. */
export const HASHED_UNITS = 8;
export const HASH_MASK = 0x3fff;
// Integer multiplication only: a product past 2^31 would put the scan on floating point.
export const hashStep = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;
export const hashSlot = (hash: number, units: number) => (Math.imul(hash, 31) + units) & HASH_MASK;

/**
 * A trie of leads by UTF-16 unit. Most nodes lie on a single-child chain (the rest of one lead), so
 * a node keeps its only child inline and makes a map only when it branches. A map per node held
 * ~1,600 small hash tables for the English cues and terms: ~100 kB of a flagged page's JS heap
 * (heap snapshots after collection, teftst and fr-pos corpus pages), and no faster to walk.
 */
export interface TrieNode {
  /** The unit and node of the only child, while there is one. */
  unit: number;
  only: TrieNode | undefined;
  /** Every child by unit, once there are two or more. */
  children: Map<number, TrieNode> | undefined;
  /** The lead that ends here, if any. */
  lead: number;
}

/** The child of `node` reached by `unit`, if any. */
export function childOf(node: TrieNode, unit: number): TrieNode | undefined {
  if (node.children) return node.children.get(unit);
  return node.unit === unit ? node.only : undefined;
}

function addChild(node: TrieNode, unit: number): TrieNode {
  const known = childOf(node, unit);
  if (known) return known;
  const child = trieNode();
  if (!node.only && !node.children) {
    node.unit = unit;
    node.only = child;
    return child;
  }
  node.children ??= new Map([[node.unit, node.only as TrieNode]]);
  node.only = undefined;
  node.unit = -1;
  node.children.set(unit, child);
  return child;
}

export interface Lead {
  arabic: boolean;
  phrases: string[];
}

export interface LeadIndex {
  leads: Lead[];
  latin: TrieNode;
  arabic: TrieNode;
  /** A bit per hash of the letters that begin a lead (HASHED_UNITS at most). */
  beginnings: Int32Array;
  /** Bit n set when some lead's hashed beginning is n units long. */
  beginningLengths: number;
  /** The first units of Latin leads that do not begin with a letter, number or mark. */
  otherFirsts: Set<number>;
  /**
   * Leads that may begin anywhere: none at all (a phrase that starts with a hyphen), or an Arabic
   * one that does not begin with a letter or number (a proclitic may come before it).
   */
  anywhere: Lead[];
}

const trieNode = (): TrieNode => ({ unit: -1, only: undefined, children: undefined, lead: -1 });

/** The first literal piece of a folded phrase: up to its first white space or hyphen. */
function leadOf(folded: string): string {
  const separator = folded.search(/[\s-]/);
  return separator < 0 ? folded : folded.slice(0, separator);
}

export function indexLeads(latin: Iterable<string>, arabic: Iterable<string>): LeadIndex {
  const index: LeadIndex = {
    leads: [],
    latin: trieNode(),
    arabic: trieNode(),
    beginnings: new Int32Array((HASH_MASK + 1) >>> 5),
    beginningLengths: 0,
    otherFirsts: new Set(),
    anywhere: [],
  };
  const add = (phrase: string, isArabic: boolean) => {
    const lead = leadOf(phrase);
    let units = 0;
    let hash = 0;
    while (units < Math.min(lead.length, HASHED_UNITS) && isWordUnit(lead.charCodeAt(units)))
      hash = hashStep(hash, lead.charCodeAt(units++));
    if (!lead || (units === 0 && isArabic)) {
      index.anywhere.push({ arabic: isArabic, phrases: [phrase] });
      return;
    }
    let node = isArabic ? index.arabic : index.latin;
    for (let i = 0; i < lead.length; i++) node = addChild(node, lead.charCodeAt(i));
    if (node.lead < 0) node.lead = index.leads.push({ arabic: isArabic, phrases: [] }) - 1;
    (index.leads[node.lead] as Lead).phrases.push(phrase);
    if (units === 0) {
      index.otherFirsts.add(lead.charCodeAt(0));
      return;
    }
    const slot = hashSlot(hash, units);
    index.beginnings[slot >>> 5] = (index.beginnings[slot >>> 5] as number) | (1 << (slot & 31));
    index.beginningLengths |= 1 << units;
  };
  for (const phrase of latin) add(phrase, false);
  for (const phrase of arabic) add(phrase, true);
  return index;
}
