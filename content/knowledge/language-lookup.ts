// Where notes placement and term finding read a language's cues and aliases: English, bundled here,
// then the pack a language script published (language-pack.ts), or the packs that tests and tools
// registered (languages/all.ts). The notes and the glossary stay as written: nothing is filled into them.
import type { Language, Matter } from '../types';
import { type LanguagePack, publishedLanguage } from './language-pack';
import { EN } from './languages/en';
import { matterOf, phrasesOf } from './phrase-list';

const registered: Partial<Record<string, LanguagePack[]>> = { en: [EN] };

/** Adds a pack to a language; where two packs have a line for one id, the one registered last wins. */
export function registerLanguage(language: Language, pack: LanguagePack): void {
  registered[language] = [...(registered[language] ?? []), pack];
}

function lineOf(language: string, part: keyof LanguagePack, id: string): string {
  for (const pack of [publishedLanguage(language), ...(registered[language] ?? [])].reverse()) {
    // A published pack comes from another bundle: its shape is checked, not trusted.
    const line = pack?.[part]?.[id];
    if (typeof line === 'string') return line;
  }
  return '';
}

/** A note's matter in one language (no facets where that language has no line for it). */
export const cuesOf = (noteId: string, language: string): Matter =>
  matterOf(lineOf(language, 'cues', noteId));

/** A term's aliases in one language ([] where it has none). */
export const aliasesOf = (termId: string, language: string): string[] =>
  phrasesOf(lineOf(language, 'aliases', termId));
