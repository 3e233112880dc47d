// Which language the overlay speaks. Framework-free, so the popup, the overlay and the tests agree.
import type { Language } from '../types';

export const LANGUAGES: readonly Language[] = ['en', 'es', 'fr', 'de', 'it', 'ar'];

/** What the reader picked in the settings: follow the page, or always one language. */
export type LanguageSetting = 'auto' | Language;
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', ...LANGUAGES];

/** Each language named in itself, so a reader finds their own whatever the popup's language. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  ar: 'العربية',
};

/** One of ours by primary subtag ('es-AR' → 'es'), else null. */
export function ourLanguage(tag: string | null | undefined): Language | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary) ?? null;
}

/**
 * The setting when it names a language; else the page's language (the first of its signals that is
 * one of ours), then the browser's interface language, then English. A Spanish article gets Spanish
 * notes whatever the browser speaks: the notes sit inside the article and should read like it.
 */
export function chooseLanguage(
  setting: LanguageSetting | undefined,
  pageLanguages: readonly (string | null | undefined)[],
  uiLanguage: string | null | undefined,
): Language {
  const chosen = setting && setting !== 'auto' ? ourLanguage(setting) : null;
  if (chosen) return chosen;
  for (const tag of pageLanguages) {
    const page = ourLanguage(tag);
    if (page) return page;
  }
  return ourLanguage(uiLanguage) ?? 'en';
}

// Of our languages only Arabic is written right to left.
export const directionOf = (language: Language): 'ltr' | 'rtl' => (language === 'ar' ? 'rtl' : 'ltr');

/**
 * The locale for dates and numbers: the browser's own when it is a variant of the chosen language
 * (en-GB and en-US write dates differently), else the bare language.
 */
export function localeFor(language: Language, uiLanguage: string | null | undefined): string {
  return ourLanguage(uiLanguage) === language && uiLanguage ? uiLanguage.replace(/_/g, '-') : language;
}
