// Where a phrase can start, and which phrases can start there, found in one cheap pass: trying
// every phrase at every position of a paragraph is what made matching slow. A phrase can only start
// at a word edge, and there the text must begin with the phrase's lead (phrase-leads.ts), in Arabic
// after one of the proclitics the text offers. Phrases left out at a position cannot match there,
// so trying the others there (phrase-at.ts) finds every match.

import { procliticsAt } from './phrase-at';
import {
  childOf,
  HASHED_UNITS,
  hashSlot,
  hashStep,
  indexLeads,
  type Lead,
  learnUnit,
  type TrieNode,
  wordUnits,
} from './phrase-leads';

/** The longest proclitic, وبال or the like. */
const LONGEST_PROCLITIC = 4;
const NONE: Lead[] = [];

export interface PhraseStarts {
  /**
   * Calls `visit` with every position where a phrase may start, in order, and the leads found
   * there (their phrases are the ones that may start there), until `visit` returns false.
   */
  forEach(text: string, visit: (position: number, leads: readonly Lead[]) => boolean): void;
}

export function phraseStarts(latin: Iterable<string>, arabic: Iterable<string>): PhraseStarts {
  const index = indexLeads(latin, arabic);
  const { leads, beginnings, beginningLengths, otherFirsts, anywhere } = index;
  // Leads that may begin anywhere make every word edge a candidate.
  const everyEdge = anywhere.length > 0;
  const hasArabic = index.arabic.only !== undefined || index.arabic.children !== undefined;
  const others = otherFirsts.size > 0;
  // Inside a word, an Arabic lead may begin after a proclitic: hash from each of those offsets too.
  const offsets = hasArabic ? LONGEST_PROCLITIC : 0;
  const hashes = new Int32Array(offsets + 1);
  const begins = (hash: number, units: number) => {
    const slot = hashSlot(hash, units);
    return ((beginnings[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;
  };

  let hits: number[] = [];
  const walk = (text: string, at: number, trie: TrieNode) => {
    let node: TrieNode | undefined = trie;
    for (let i = at; node && i < text.length; i++) {
      node = childOf(node, text.charCodeAt(i));
      if (node && node.lead >= 0 && !hits.includes(node.lead)) hits.push(node.lead);
    }
  };
  /** The leads present at `at`. */
  const leadsAt = (text: string, at: number): Lead[] => {
    walk(text, at, index.latin);
    if (hasArabic) {
      walk(text, at, index.arabic);
      for (const length of procliticsAt(text, at)) if (length > 0) walk(text, at + length, index.arabic);
    }
    if (hits.length === 0 && !everyEdge) return NONE;
    const found = [...hits.map((id) => leads[id] as Lead), ...anywhere];
    // A fresh array rather than setting the length to 0, which is slow.
    hits = [];
    return found;
  };

  return {
    forEach(text, visit) {
      const tryAt = (at: number) => {
        const found = leadsAt(text, at);
        return found === NONE || visit(at, found);
      };
      // The word being read: where it starts, and whether a lead may begin in it.
      let start = -1;
      let maybe = false;
      let hash = 0;
      const length = text.length;
      for (let at = 0; at < length; at++) {
        const code = text.charCodeAt(at);
        if ((wordUnits[code] || learnUnit(code)) !== 1) {
          // A word ends here; or, outside words, a lead may begin with this very unit.
          if (
            start >= 0
              ? maybe && !tryAt(start)
              : (everyEdge || (others && otherFirsts.has(code))) && !tryAt(at)
          )
            return;
          start = -1;
          continue;
        }
        if (start < 0) {
          start = at;
          maybe = everyEdge;
          hash = 0;
        }
        if (maybe) continue;
        const units = at - start + 1;
        if (units <= HASHED_UNITS) {
          hash = hashStep(hash, code);
          maybe = ((beginningLengths >> units) & 1) === 1 && begins(hash, units);
        }
        for (let offset = 1; !maybe && offset <= offsets && offset < units; offset++) {
          const inner = units - offset;
          if (inner > HASHED_UNITS) continue;
          const innerHash = hashStep(inner === 1 ? 0 : (hashes[offset] as number), code);
          hashes[offset] = innerHash;
          maybe = ((beginningLengths >> inner) & 1) === 1 && begins(innerHash, inner);
        }
      }
      if (start >= 0 && maybe) tryAt(start);
    },
  };
}
