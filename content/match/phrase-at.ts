// Whether a phrase matches at one position of folded text, and how far, by these rules:
// - a phrase starts and ends at a word edge (no letter, number or mark on the other side);
// - a space in a phrase matches any run of white space; a hyphen, a hyphen, a space or nothing;
// - Arabic words carry proclitics written without a space — و/ف (and, so), ب/ك/ل (in, like, for)
//   and the article ال, which ل contracts to لل — and take the nisba/plural endings ي/ية/يون/يين.
//   A phrase in Arabic script matches after an optional proclitic (و ف, then ب ك ل, ال, بال, كال,
//   لل) and before an optional ending; a phrase that starts with ال also matches its contracted
//   form (للدولة for الدولة, compiled as a phrase of its own). Neither is part of the reported match,
//   so a highlight covers the word itself: وداعش → داعش, بالخلافة → خلافة.
// Where several readings pass, the first in this order wins (the order of the one regular
// expression this once was, so that results stay the same): Latin phrases before Arabic ones;
// each proclitic the text offers, longest first; phrases in phrase-order.ts's order; spaces as many
// as there are, then fewer; a hyphen's place taken, then left empty; each ending, then none.
// Phrases are compared by UTF-16 units: a phrase holding half of a surrogate pair is not text.

import { learnUnit, wordUnits } from './phrase-leads';

// The word-edge tests, by code points as the rules mean them. Beside an ordinary UTF-16 unit the
// code point is that unit, judged from phrase-leads.ts's remembered table; only beside a surrogate
// does the regular expression engine decide. Running these patterns at every candidate made V8
// compile them twice per page (bytecode, then native code) and was the largest cost of a flagged
// page's first note placement: 10.2 -> 8.1 ms there, warm time unchanged (25 alternated loads).
const EDGE_BEFORE = /(?<![\p{L}\p{N}\p{M}])/uy;
const EDGE_AFTER = /(?![\p{L}\p{N}\p{M}])/uy;
const SPACE = /\s/;
const ARABIC_ENDINGS = ['يون', 'يين', 'يه', 'ي'];

/** A phrase as it is matched: literal pieces, white space and hyphens. */
export type PhraseToken = string | typeof SPACES | typeof HYPHEN;
const SPACES = 0;
const HYPHEN = 1;

export function phraseTokens(folded: string): PhraseToken[] {
  return folded
    .split(/(\s+|-)/)
    .filter((part) => part !== '')
    .map((part) => (part === '-' ? HYPHEN : /^\s+$/.test(part) ? SPACES : part));
}

const isSpace = (text: string, at: number) => SPACE.test(text.charAt(at));

function edgeByPattern(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** No letter, number or mark ends just before `at`. */
export function edgeBefore(text: string, at: number): boolean {
  if (at <= 0) return true;
  const code = text.charCodeAt(at - 1);
  if (isSurrogate(code)) return edgeByPattern(EDGE_BEFORE, text, at);
  return (wordUnits[code] || learnUnit(code)) !== 1;
}

/** No letter, number or mark starts at `at`. */
export function edgeAt(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  if (isSurrogate(code)) return edgeByPattern(EDGE_AFTER, text, at);
  return (wordUnits[code] || learnUnit(code)) !== 1;
}

/** Tries the tokens from `token` at `at`, in order; `then` judges each end. */
function tokensFrom(
  text: string,
  tokens: readonly PhraseToken[],
  token: number,
  at: number,
  then: (end: number) => boolean,
): boolean {
  if (token === tokens.length) return then(at);
  const part = tokens[token] as PhraseToken;
  if (typeof part === 'string')
    return text.startsWith(part, at) && tokensFrom(text, tokens, token + 1, at + part.length, then);
  if (part === HYPHEN) {
    if ((text[at] === '-' || isSpace(text, at)) && tokensFrom(text, tokens, token + 1, at + 1, then))
      return true;
    return tokensFrom(text, tokens, token + 1, at, then);
  }
  let end = at;
  while (isSpace(text, end)) end++;
  for (; end > at; end--) if (tokensFrom(text, tokens, token + 1, end, then)) return true;
  return false;
}

/** The lengths of the proclitics the text offers at `at`, in the order they are tried. */
export function procliticsAt(text: string, at: number): number[] {
  const lengths: number[] = [];
  const firsts = text[at] === 'و' || text[at] === 'ف' ? [1, 0] : [0];
  for (const first of firsts) {
    const from = at + first;
    const next = text[from];
    if ((next === 'ب' || next === 'ك') && text.startsWith('ال', from + 1)) lengths.push(first + 3);
    if (text.startsWith('ال', from)) lengths.push(first + 2);
    if (text.startsWith('لل', from)) lengths.push(first + 2);
    if (next === 'ب' || next === 'ك' || next === 'ل') lengths.push(first + 1);
    lengths.push(first);
  }
  return lengths;
}

export interface PhraseAt {
  /** The matched phrase's text (without proclitic and ending) and where it starts. */
  core: string;
  coreStart: number;
}

/**
 * The match at `at`, given the phrases that can start there in order (see leadPhrases), or null.
 * `at` must be a word edge (see edgeBefore).
 */
export function phraseAt(
  text: string,
  at: number,
  latin: readonly { tokens: readonly PhraseToken[] }[],
  arabic: readonly { tokens: readonly PhraseToken[] }[],
): PhraseAt | null {
  let coreEnd = -1;
  let matchEnd = -1;
  const latinEnd = (end: number) => {
    if (!edgeAt(text, end)) return false;
    coreEnd = end;
    matchEnd = end;
    return true;
  };
  for (const { tokens } of latin) {
    if (tokensFrom(text, tokens, 0, at, latinEnd)) return { core: text.slice(at, coreEnd), coreStart: at };
  }
  if (arabic.length === 0) return null;
  const arabicEnd = (end: number) => {
    for (const ending of ARABIC_ENDINGS) {
      if (text.startsWith(ending, end) && edgeAt(text, end + ending.length)) {
        coreEnd = end;
        matchEnd = end + ending.length;
        return true;
      }
    }
    return latinEnd(end);
  };
  for (const proclitic of procliticsAt(text, at)) {
    for (const { tokens } of arabic) {
      if (!tokensFrom(text, tokens, 0, at + proclitic, arabicEnd)) continue;
      const core = text.slice(at + proclitic, coreEnd);
      return { core, coreStart: at + text.slice(at, matchEnd).indexOf(core) };
    }
  }
  return null;
}
