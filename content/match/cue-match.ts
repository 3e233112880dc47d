// Word-edge phrase matching over folded text (see fold-text.ts), shared by note placement and
// term finding: phrases are tried (phrase-at.ts, which also says how Arabic is matched) only where
// a phrase can start, and only the phrases that can start there (phrase-starts.ts).

import { foldPhrase } from '../text/fold-text';
import { edgeBefore, phraseAt } from './phrase-at';
import { ARABIC, keyOf, leadPhrases } from './phrase-order';
import { phraseStarts } from './phrase-starts';

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
  const starts = phraseStarts(latin, arabic);
  const phrasesAt = leadPhrases([...latin, ...arabic]);

  function candidates(folded: string, limit: number): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    if (byKey.size === 0) return found;
    const add = (core: string, coreStart: number) => {
      const values = byKey.get(keyOf(core));
      if (values) found.push({ start: coreStart, end: coreStart + core.length, values });
    };
    const enough = () => found.length >= limit * 4;
    // Every start is tried, also inside a match, so that a longer phrase starting there is seen too.
    starts.forEach(folded, (position, leads) => {
      if (!edgeBefore(folded, position)) return true;
      const match = phraseAt(folded, position, phrasesAt(leads, false), phrasesAt(leads, true));
      if (match) add(match.core, match.coreStart);
      return !match || !enough();
    });
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
