// One reading of language tags for every stage: a page says `en-GB`, `es_419`, ` AR `, `english`
// or nothing, and each stage needs either the tag's primary subtag or one of our six languages.
import type { Language } from '../types';

export const LANGUAGES: readonly Language[] = ['en', 'es', 'fr', 'it', 'de', 'ar'];

/** The primary subtag of a language tag, lower case (`en-GB` → `en`); '' when it is not one. */
export function primarySubtag(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : '';
}

/** The first candidate whose primary subtag is one of our languages, else English. */
export function languageOf(...candidates: (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const primary = primarySubtag(candidate);
    const hit = LANGUAGES.find((language) => language === primary);
    if (hit) return hit;
  }
  return 'en';
}
