import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases, type PhraseMatch } from '@/content/match/cue-match';
import { procliticsAt } from '@/content/match/phrase-at';
import { ARABIC, byPhraseOrder, keyOf } from '@/content/match/phrase-order';
import { foldPhrase, foldText } from '@/content/text/fold-text';

// The matcher must find exactly what the one regular expression it replaced found, searched at
// every position. That expression, rebuilt here, is the reference.
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}\\p{M}])';
const PROCLITIC = '(?:[وف]?(?:[بك]?ال|لل|[بكل])?)';
const ENDING = '(?:يون|يين|يه|ي)?';

function referenceMatches(phrases: string[], folded: string, limit = Number.POSITIVE_INFINITY) {
  const byKey = new Map<string, number[]>();
  const latin = new Set<string>();
  const arabic = new Set<string>();
  phrases.forEach((phrase, value) => {
    const key = keyOf(foldPhrase(phrase));
    if (!/[\p{L}\p{N}]/u.test(key)) return;
    const values = byKey.get(key) ?? [];
    if (!values.includes(value)) values.push(value);
    byKey.set(key, values);
    const forms = ARABIC.test(foldPhrase(phrase)) ? arabic : latin;
    forms.add(foldPhrase(phrase));
    if (forms === arabic && foldPhrase(phrase).startsWith('ال')) {
      forms.add(`لل${foldPhrase(phrase).slice(2)}`);
      byKey.set(keyOf(`لل${foldPhrase(phrase).slice(2)}`), values);
    }
  });
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pattern = (phrase: string) =>
    phrase
      .split(/(\s+|-)/)
      .map((part) => (part === '-' ? '[\\s-]?' : /^\s+$/.test(part) ? '\\s+' : literal(part)))
      .join('');
  const either = (set: Set<string>) => [...set].sort(byPhraseOrder).map(pattern).join('|');
  const latinBranch = latin.size ? `(${either(latin)})` : '()(?!)';
  const arabicBranch = arabic.size ? `${PROCLITIC}(${either(arabic)})${ENDING}` : '()(?!)';
  const whole = new RegExp(`${EDGE_BEFORE}(?:${latinBranch}|${arabicBranch})${EDGE_AFTER}`, 'gu');
  const found: PhraseMatch<number>[] = [];
  for (let match = whole.exec(folded); match && byKey.size; match = whole.exec(folded)) {
    const core = match[1] || match[2] || '';
    const start = match.index + match[0].indexOf(core);
    const values = byKey.get(keyOf(core));
    if (values) found.push({ start, end: start + core.length, values });
    if (found.length >= limit * 4) break;
    whole.lastIndex = match.index + 1;
  }
  // Overlapping matches: the longest, then the earliest, wins.
  const kept: PhraseMatch<number>[] = [];
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const match of byLength) {
    if (kept.every((other) => match.end <= other.start || match.start >= other.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start).slice(0, limit);
}

// Phrases and texts from a small alphabet, so that they meet often: letters, Arabic letters that
// are also proclitics and endings, spaces, hyphens, punctuation, a digit and a combining mark;
// texts also hold a letter outside the BMP and lone surrogates.
const UNITS = [
  'a',
  'b',
  'is',
  'al',
  ' ',
  '-',
  '.',
  "'",
  '1',
  'و',
  'ب',
  'ال',
  'ل',
  'داعش',
  'وبال',
  'ف',
  'ي',
  'ه',
  '\u0301',
];
const phrase = fc
  .array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''));
const text = fc
  .array(fc.constantFrom(...UNITS, '𝐀', '\ud835', '\udc00'), { maxLength: 40 })
  .map((parts) => parts.join(''));

function bothWays(phrases: string[], source: string, limit?: number) {
  const folded = foldText(source).folded;
  const matcher = compilePhrases(phrases.map((p, i) => [p, i] as const));
  return { found: matcher.matchAll(folded, limit), expected: referenceMatches(phrases, folded, limit) };
}

describe('phrase matching', () => {
  it('finds what the one regular expression found, on any phrases and text', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), text, (phrases, source) => {
        const { found, expected } = bothWays(phrases, source);
        expect(found).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });

  it('agrees on real cues in running text, with and without a limit', () => {
    const phrases = [
      'Islamic State',
      'al-Baghdadi',
      'abu bakr al-baghdadi',
      'ISIS',
      'u.s.',
      '15,000',
      '-k',
      'داعش',
      'الدولة الإسلامية',
    ];
    const source =
      'Abu Bakr al-Baghdadi and the U.S. said ISIS-K; 15,000 fighters of the Islamic  State. وبالدولة الإسلامية للدولة الإسلامية والداعشيون';
    const { found, expected } = bothWays(phrases, source);
    expect(found).toEqual(expected);
    expect(found.length).toBe(9);
    expect(bothWays(phrases, source, 2).found).toEqual(expected.slice(0, 2));
  });

  it('offers the proclitics the Arabic rule accepts, in the order a regular expression tries them', () => {
    const whole = new RegExp(`^${PROCLITIC}$`, 'u');
    const letters = ['و', 'ف', 'ب', 'ك', 'ا', 'ل'];
    let strings = [''];
    for (let length = 0; length <= 4; length++) {
      for (const prefix of strings) {
        const offered = procliticsAt(`${prefix}x`, 0);
        const accepted = [...Array(prefix.length + 1).keys()].filter((k) => whole.test(prefix.slice(0, k)));
        expect(new Set(offered)).toEqual(new Set(accepted));
        // Of any two lengths, the expression's greedy groups take the one offered first.
        for (const [i, first] of offered.entries()) {
          for (const later of offered.slice(i + 1)) {
            if (later === first) continue;
            const either = new RegExp(`^(${PROCLITIC})(?<=^.{${first}}|^.{${later}})`, 'u');
            expect(either.exec(`${prefix}x`)?.[1]?.length).toBe(first);
          }
        }
      }
      strings = strings.flatMap((prefix) => letters.map((letter) => prefix + letter));
    }
  });
});
