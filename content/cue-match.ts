// Word-edge phrase matching over folded text (see fold-text.ts), shared by note placement and
// term finding. All phrases are compiled into ONE regular expression, longest first.
//
// Arabic: words carry proclitics written without a space — و/ف (and, so), ب/ك/ل (in, like, for) and
// the article ال, which ل contracts to لل — and take the nisba/plural endings ي/ية/يون/يين. A phrase
// in Arabic script therefore matches after an optional proclitic (و ف, then ب ك ل, ال, بال, كال, لل)
// and before an optional ending; a phrase that starts with ال also matches its contracted form
// (للدولة for الدولة). The proclitic and the ending are not part of the reported match, so a
// highlight covers the word itself: وداعش → داعش, بالخلافة → خلافة.

import { foldPhrase } from './fold-text';

export interface PhraseMatch<T> {
  /** Folded offsets of the phrase itself (without an Arabic proclitic or ending). */
  start: number;
  end: number;
  /** Every value compiled for this phrase, in the order they were given. */
  values: readonly T[];
}

export interface PhraseMatcher<T> {
  /** Non-overlapping matches in text order; where matches overlap, the longer phrase wins. */
  matchAll(folded: string, limit?: number): PhraseMatch<T>[];
  readonly size: number;
}

const ARABIC = /\p{Script=Arabic}/u;
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}\\p{M}])';
const ARABIC_PROCLITIC = '(?:[وف]?(?:[بك]?ال|لل|[بكل])?)';
const ARABIC_ENDING = '(?:يون|يين|يه|ي)?';
const SEPARATORS = /[\s-]+/g;

/** The lookup key of a phrase or of matched text: folded, without spaces and hyphens. */
function keyOf(folded: string): string {
  return folded.replace(SEPARATORS, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Spaces match any run of white space; a hyphen may also be a space or nothing. */
function patternOf(folded: string): string {
  return folded
    .split(/(\s+|-)/)
    .map((part) => (part === '-' ? '[\\s-]?' : /^\s+$/.test(part) ? '\\s+' : escapeRegExp(part)))
    .join('');
}

function alternation(phrases: Iterable<string>): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return sorted.map(patternOf).join('|');
}

/** Non-overlapping matches of one cluster: the longest first, then the earliest; in text order. */
function longestFirst<T>(cluster: PhraseMatch<T>[]): PhraseMatch<T>[] {
  if (cluster.length === 1) return cluster;
  const byLength = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseMatch<T>[] = [];
  for (const candidate of byLength) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end))
      kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function compilePhrases<T>(entries: Iterable<readonly [phrase: string, value: T]>): PhraseMatcher<T> {
  const byKey = new Map<string, T[]>();
  const latin = new Set<string>();
  const arabic = new Set<string>();
  for (const [phrase, value] of entries) {
    const folded = foldPhrase(phrase);
    const key = keyOf(folded);
    if (!/[\p{L}\p{N}]/u.test(key)) continue;
    const values = byKey.get(key) ?? [];
    if (!values.includes(value)) values.push(value);
    byKey.set(key, values);
    if (!ARABIC.test(folded)) latin.add(folded);
    else {
      arabic.add(folded);
      if (folded.startsWith('ال')) {
        const contracted = `لل${folded.slice(2)}`;
        arabic.add(contracted);
        byKey.set(keyOf(contracted), values);
      }
    }
  }
  const branches: string[] = [];
  branches.push(latin.size ? `(${alternation(latin)})` : '()(?!)');
  branches.push(arabic.size ? `${ARABIC_PROCLITIC}(${alternation(arabic)})${ARABIC_ENDING}` : '()(?!)');
  const source = `${WORD_EDGE_BEFORE}(?:${branches.join('|')})${WORD_EDGE_AFTER}`;
  const pattern = byKey.size ? new RegExp(source, 'gu') : null;

  function candidates(folded: string, limit: number): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    if (!pattern) return found;
    pattern.lastIndex = 0;
    let match = pattern.exec(folded);
    while (match) {
      const core = match[1] || match[2] || '';
      const coreStart = match.index + match[0].indexOf(core);
      const values = byKey.get(keyOf(core));
      if (values) found.push({ start: coreStart, end: coreStart + core.length, values });
      if (found.length >= limit * 4) break;
      // Restart just after this match's start so that a longer phrase starting inside it is seen too.
      pattern.lastIndex = match.index + 1;
      match = pattern.exec(folded);
    }
    return found;
  }

  return {
    size: byKey.size,
    matchAll(folded, limit = Number.POSITIVE_INFINITY) {
      const kept: PhraseMatch<T>[] = [];
      const found = candidates(folded, limit);
      // Candidates come in order of start. Only candidates in one cluster of overlapping ones compete.
      for (let first = 0; first < found.length && kept.length < limit; ) {
        let last = first;
        let clusterEnd = (found[first] as PhraseMatch<T>).end;
        while (last + 1 < found.length && (found[last + 1] as PhraseMatch<T>).start < clusterEnd) {
          last++;
          clusterEnd = Math.max(clusterEnd, (found[last] as PhraseMatch<T>).end);
        }
        kept.push(...longestFirst(found.slice(first, last + 1)));
        first = last + 1;
      }
      return kept.slice(0, limit);
    },
  };
}

/**
 * Compiles a phrase list once per (list, language). The lists are long-lived (the knowledge pack's
 * notes and glossary), so a WeakMap keyed by them costs nothing when a list is dropped.
 */
export function perLanguageMatcher<K extends object, T>(
  entriesOf: (key: K, lang: string) => Iterable<readonly [phrase: string, value: T]>,
): (key: K, lang: string) => PhraseMatcher<T> {
  const cache = new WeakMap<K, Map<string, PhraseMatcher<T>>>();
  return (key, lang) => {
    let byLanguage = cache.get(key);
    if (!byLanguage) {
      byLanguage = new Map();
      cache.set(key, byLanguage);
    }
    let matcher = byLanguage.get(lang);
    if (!matcher) {
      matcher = compilePhrases(entriesOf(key, lang));
      byLanguage.set(lang, matcher);
    }
    return matcher;
  };
}
