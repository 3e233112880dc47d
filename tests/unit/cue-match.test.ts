import { describe, expect, it, vi } from 'vitest';
import { compilePhrases, perLanguageMatcher } from '@/content/match/cue-match';
import { foldText, originalEnd, originalStart } from '@/content/text/fold-text';

/** The original text of every match, for readable assertions. */
function matchesIn(text: string, phrases: string[]): string[] {
  const matcher = compilePhrases(phrases.map((phrase) => [phrase, phrase] as const));
  const folded = foldText(text);
  return matcher
    .matchAll(folded.folded)
    .map((match) => text.slice(originalStart(folded, match.start), originalEnd(folded, match.end)));
}

describe('foldText', () => {
  it('lower-cases ASCII without a map', () => {
    expect(foldText('Islamic STATE')).toEqual({
      folded: 'islamic state',
      map: null,
      source: 'Islamic STATE',
    });
  });

  it('drops accents and keeps the way back to the original offsets', () => {
    const text = 'État islamique';
    const folded = foldText(text);
    expect(folded.folded).toBe('etat islamique');
    expect(folded.map).toBeNull(); // one folded character per original one
    const decomposed = 'E\u0301tat';
    const foldedDecomposed = foldText(decomposed);
    expect(foldedDecomposed.folded).toBe('etat');
    expect(originalStart(foldedDecomposed, 1)).toBe(2);
    expect(originalEnd(foldedDecomposed, 1)).toBe(2); // the accent belongs to the E
    expect(originalEnd(foldedDecomposed, 4)).toBe(5);
    const softHyphen = foldText('ISIS\u00ad');
    expect(originalEnd(softHyphen, 4)).toBe(4); // an invisible character after a word is not part of it
  });

  it('removes Arabic vowel marks and tatweel and unifies alif, ya and ta marbuta forms', () => {
    expect(foldText('الدَّوْلَة الإسلامـية').folded).toBe('الدوله الاسلاميه');
    expect(foldText('أبو بكر البغدادى').folded).toBe('ابو بكر البغدادي');
  });

  it('treats typographic apostrophes, soft hyphens and zero-width spaces as what they stand for', () => {
    expect(foldText('l’État').folded).toBe("l'etat");
    expect(foldText('cali\u00adphate').folded).toBe('caliphate');
    expect(foldText('Da\u200besh').folded).toBe('daesh');
  });
});

describe('compilePhrases', () => {
  it('matches whole words only, ignoring case and diacritics', () => {
    expect(matchesIn('The ISIS fighters; Isisford and crisis are not it.', ['isis'])).toEqual(['ISIS']);
    expect(matchesIn('Le califat de l’État Islamique', ['etat islamique', 'califat'])).toEqual([
      'califat',
      'État Islamique',
    ]);
    expect(matchesIn('Rakka, Raqqa, Raqqah', ['raqqa'])).toEqual(['Raqqa']);
  });

  it('lets a space in a phrase match any white space, and a hyphen match a space or nothing', () => {
    expect(matchesIn('the Islamic\n  State and the Islamic\u00a0State', ['islamic state'])).toEqual([
      'Islamic\n  State',
      'Islamic\u00a0State',
    ]);
    expect(matchesIn('al-Baghdadi, al Baghdadi, alBaghdadi', ['al-Baghdadi'])).toEqual([
      'al-Baghdadi',
      'al Baghdadi',
      'alBaghdadi',
    ]);
  });

  it('prefers the longest phrase where matches overlap, even when a shorter one starts first', () => {
    expect(matchesIn('Abu Bakr al-Baghdadi spoke', ['al-baghdadi', 'abu bakr al-baghdadi'])).toEqual([
      'Abu Bakr al-Baghdadi',
    ]);
    expect(
      matchesIn('the Islamic State of Iraq and the Levant', [
        'islamic state',
        'state of iraq and the levant',
      ]),
    ).toEqual(['State of Iraq and the Levant']);
  });

  it('reports every value compiled for the same phrase', () => {
    const matcher = compilePhrases([
      ['Raqqa', 'note-1'],
      ['raqqa', 'note-2'],
      ['RAQQA', 'note-1'],
    ]);
    expect(matcher.matchAll(foldText('In Raqqa.').folded)[0]?.values).toEqual(['note-1', 'note-2']);
  });

  it('ignores empty and punctuation-only phrases, and matches nothing when nothing is left', () => {
    const matcher = compilePhrases([
      ['', 'a'],
      ['  ', 'b'],
      ['--', 'c'],
    ]);
    expect(matcher.size).toBe(0);
    expect(matcher.matchAll('anything at all')).toEqual([]);
  });

  it('treats regular-expression characters in phrases literally', () => {
    expect(matchesIn('the group (IS) and ISx', ['(is)', 'a.b'])).toEqual(['(IS)']);
    expect(matchesIn('axb', ['a.b'])).toEqual([]);
  });

  it('stops at the limit', () => {
    const matcher = compilePhrases([['isis', 1]]);
    expect(matcher.matchAll('isis isis isis isis', 2)).toHaveLength(2);
  });
});

describe('compilePhrases in Arabic', () => {
  it('matches after the proclitics و ف ب ك ل and reports the word without them', () => {
    expect(matchesIn('قاتلوا داعش وداعش وبداعش لداعش', ['داعش'])).toEqual(['داعش', 'داعش', 'داعش', 'داعش']);
    expect(matchesIn('فالدولة الإسلامية وبالدولة الإسلامية', ['الدولة الإسلامية'])).toEqual([
      'الدولة الإسلامية',
      'الدولة الإسلامية',
    ]);
  });

  it('matches a phrase without the article after the article, alone or contracted', () => {
    expect(matchesIn('الخلافة وبالخلافة للخلافة كالخلافة', ['خلافة'])).toEqual([
      'خلافة',
      'خلافة',
      'خلافة',
      'خلافة',
    ]);
  });

  it('matches ل + ال contracted to لل', () => {
    expect(matchesIn('التابعة للدولة الإسلامية', ['الدولة الإسلامية'])).toEqual(['للدولة الإسلامية']);
  });

  it('matches the nisba and plural endings but not longer words', () => {
    expect(matchesIn('مقاتل داعشي والداعشيون', ['داعش'])).toEqual(['داعش', 'داعش']);
    expect(matchesIn('الداعشيون', ['داعش'])).toEqual(['داعش']);
    expect(matchesIn('داعشيون', ['داعش'])).toEqual(['داعش']);
    expect(matchesIn('داعشستان', ['داعش'])).toEqual([]);
  });

  it('does not take a letter inside a word for a proclitic', () => {
    expect(matchesIn('مبداعش', ['داعش'])).toEqual([]);
  });

  it('ignores vowel marks in the text', () => {
    expect(matchesIn('دَاعِش', ['داعش'])).toEqual(['دَاعِش']);
  });
});

describe('perLanguageMatcher', () => {
  it('compiles a list once per language and keeps lists apart', () => {
    const entriesOf = vi.fn((list: readonly string[], lang: string) =>
      list.map((p): [string, string] => [p, lang]),
    );
    const matcherOf = perLanguageMatcher(entriesOf);
    const names = ['raqqa', 'mosul'];
    const other = ['libya'];
    const en = matcherOf(names, 'en');
    expect(matcherOf(names, 'en')).toBe(en);
    expect(matcherOf(names, 'es')).not.toBe(en);
    expect(matcherOf(other, 'en')).not.toBe(en);
    expect(entriesOf).toHaveBeenCalledTimes(3);
    expect(en.matchAll('the road from raqqa to mosul').map((m) => m.values)).toEqual([['en'], ['en']]);
    expect(matcherOf(other, 'en').matchAll('raqqa')).toEqual([]);
  });
});
