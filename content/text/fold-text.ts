// Case- and diacritic-insensitive folding that remembers where each folded character came from,
// so that a match found in folded text can be turned back into a DOM Range over the original.

export interface FoldedText {
  folded: string;
  /** folded index → original index, with one extra entry for the end; null when the two coincide. */
  map: Int32Array | null;
  /** The original text. */
  source: string;
}

// Characters that carry no letter of their own: soft hyphen, zero-width joiners and spaces,
// word joiner, BOM and the Arabic tatweel (kashida), which only stretches a word.
const INVISIBLE = /[\u00ad\u0640\u200b-\u200d\u2060\ufeff]/;
const MARKS = /\p{M}/gu;
// Arabic letters that writers use interchangeably: alif wasla, alif maqsura, ta marbuta.
const ARABIC_EQUIVALENTS: Record<string, string> = { ٱ: 'ا', ى: 'ي', ة: 'ه' };
const PUNCTUATION_EQUIVALENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2010': '-',
  '\u2011': '-',
};
const NON_ASCII = /[\u0080-\uffff]/;

const foldCache = new Map<number, string>();
/** Per UTF-16 unit: 0 not yet known, 1 folds to itself (most letters), 2 folds to something else. */
const unitKinds = new Uint8Array(0x10000);

/** Folds one UTF-16 code unit to zero, one or (rarely) more characters. */
function foldChar(char: string): string {
  if (INVISIBLE.test(char)) return '';
  let folded = ARABIC_EQUIVALENTS[char] ?? PUNCTUATION_EQUIVALENTS[char] ?? char;
  // Lone surrogates do not survive normalize() unchanged in every engine: leave them as they are.
  const code = char.charCodeAt(0);
  if (code < 0xd800 || code > 0xdfff) folded = folded.normalize('NFD').replace(MARKS, '').toLowerCase();
  return ARABIC_EQUIVALENTS[folded] ?? folded;
}

/** foldChar of a unit, remembered: a unit that folds to itself costs one table read. */
function foldUnit(code: number): string | null {
  const kind = unitKinds[code];
  if (kind === 1) return null;
  if (kind === 2) return foldCache.get(code) as string;
  const folded = foldChar(String.fromCharCode(code));
  const same = folded.length === 1 && folded.charCodeAt(0) === code;
  unitKinds[code] = same ? 1 : 2;
  if (!same) foldCache.set(code, folded);
  return same ? null : folded;
}

/** Folds text for matching; `map` lets callers find original offsets again. */
export function foldText(text: string): FoldedText {
  if (!NON_ASCII.test(text)) return { folded: text.toLowerCase(), map: null, source: text };
  // Usually every character folds to exactly one (é → e, ’ → '): then no offset map is needed.
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    const pieces: string[] = [];
    let copied = 0;
    let sameLength = true;
    for (let i = 0; i < lower.length && sameLength; i++) {
      const code = lower.charCodeAt(i);
      const replacement = code < 0x80 ? null : foldUnit(code);
      if (replacement === null) continue;
      sameLength = replacement.length === 1;
      pieces.push(lower.slice(copied, i), replacement);
      copied = i + 1;
    }
    if (sameLength) {
      const folded = copied === 0 ? lower : pieces.join('') + lower.slice(copied);
      return { folded, map: null, source: text };
    }
  }
  return foldWithMap(text);
}

/** The general case: characters that vanish (marks, soft hyphens) or grow, with an offset map. */
function foldWithMap(text: string): FoldedText {
  const pieces: string[] = [];
  const map: number[] = [];
  let copied = 0;
  let identity = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Copied stretches are lower-cased in one go: ASCII and units that fold to themselves, never a
    // surrogate, which the copy would lower-case as half of a pair and foldChar leaves alone.
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    const folded = code < 0x80 ? null : surrogate ? String.fromCharCode(code) : foldUnit(code);
    if (folded === null) {
      map.push(i);
      continue;
    }
    pieces.push(text.slice(copied, i).toLowerCase(), folded);
    copied = i + 1;
    for (let k = 0; k < folded.length; k++) map.push(i);
    if (folded.length !== 1) identity = false;
  }
  pieces.push(text.slice(copied).toLowerCase());
  map.push(text.length);
  const folded = pieces.join('');
  return { folded, map: identity ? null : Int32Array.from(map), source: text };
}

/** Folds a cue or alias the same way, for compiling patterns. */
export function foldPhrase(phrase: string): string {
  return foldText(phrase.trim()).folded;
}

const COMBINING_MARK = /\p{M}/u;

/** The original offset of a folded start offset. */
export function originalStart(text: FoldedText, foldedStart: number): number {
  return text.map ? (text.map[foldedStart] ?? text.source.length) : foldedStart;
}

/**
 * The original offset of a folded (exclusive) end offset: just after the last character, with the
 * combining marks that belong to it but without invisible characters that follow it.
 */
export function originalEnd(text: FoldedText, foldedEnd: number): number {
  if (!text.map || foldedEnd === 0) return text.map ? originalStart(text, 0) : foldedEnd;
  let end = (text.map[foldedEnd - 1] ?? text.source.length - 1) + 1;
  while (end < text.source.length && COMBINING_MARK.test(text.source[end] as string)) end++;
  return end;
}
