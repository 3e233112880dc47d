import { describe, expect, it } from 'vitest';
import { languageOf, primarySubtag } from '@/content/read/language-of';

describe('primarySubtag', () => {
  it('reduces a language tag to its primary subtag', () => {
    expect(primarySubtag('en-GB')).toBe('en');
    expect(primarySubtag('es_419')).toBe('es');
    expect(primarySubtag(' AR ')).toBe('ar');
  });

  it('is empty for what is not a tag', () => {
    for (const odd of ['', '12', 'english', 'e', null, undefined]) expect(primarySubtag(odd)).toBe('');
  });
});

describe('languageOf', () => {
  it('takes the first candidate that is one of our languages', () => {
    expect(languageOf('pt-BR', 'de-AT', 'fr')).toBe('de');
    expect(languageOf(undefined, '', 'AR')).toBe('ar');
  });

  it('falls back to English', () => {
    expect(languageOf()).toBe('en');
    expect(languageOf('pt', 'ja', 'english')).toBe('en');
  });
});
