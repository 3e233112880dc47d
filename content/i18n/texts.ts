// Where each language's texts wait for the overlay. English is bundled; another language arrives as
// a script of its own (entrypoints/language-xx.ts), injected by the background before the overlay on
// a page in that language, or on the overlay's request when the reader chose another one. Both meet
// on a global key of the content-script world, like the cue packs (knowledge/language-pack.ts).
import type { Language } from '../types';
import type { LanguageTexts } from './types';
import { UI_EN } from './ui/en';

export const ENGLISH_TEXTS: LanguageTexts = { language: 'en', ui: UI_EN, piece: null };

type TextGlobals = { [key: symbol]: LanguageTexts | undefined };
const keyOf = (language: Language) => Symbol.for(`context-margin.texts.${language}`);

/** Leaves one language's texts where the overlay will find them. */
export function publishTexts(texts: LanguageTexts): void {
  (globalThis as unknown as TextGlobals)[keyOf(texts.language)] = texts;
}

/** The texts of `language` when they are here (English always is), else null. */
export function textsFor(language: Language): LanguageTexts | null {
  if (language === 'en') return ENGLISH_TEXTS;
  const texts = (globalThis as unknown as TextGlobals)[keyOf(language)];
  return texts && texts.language === language ? texts : null;
}
