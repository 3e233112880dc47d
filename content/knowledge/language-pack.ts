// The pack's cues and aliases travel one language at a time (languages/xx.ts). The overlay bundle
// carries English only; a page in another language gets its own from a small script the background
// injects just before the overlay (entrypoints/language-*.ts). Both meet on a global key of the
// content-script world, like the gate and the overlay; the overlay reads it through language-lookup.ts.
import type { Language } from '../types';

/** One language's lines, as written (phrase-list.ts reads them). */
export interface LanguagePack {
  /** Note id → its matter in this language: facets split by ';', 'not: …' for the senses that keep it away. */
  cues: Record<string, string>;
  /** Term id → its aliases in this language, comma-separated. */
  aliases: Record<string, string>;
}

type PackGlobals = { [key: symbol]: LanguagePack | undefined };
const keyOf = (language: string) => Symbol.for(`context-margin.language.${language}`);

/** Leaves this language's cues and aliases where the overlay will find them. */
export function publishLanguage(language: Language, pack: LanguagePack): void {
  (globalThis as unknown as PackGlobals)[keyOf(language)] = pack;
}

/** The pack a language script left, if one ran in this world. */
export const publishedLanguage = (language: string): LanguagePack | undefined =>
  (globalThis as unknown as PackGlobals)[keyOf(language)];
