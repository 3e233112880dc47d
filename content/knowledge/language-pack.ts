// The pack's cues and aliases travel one language at a time. The overlay bundle carries English only
// (names such as “Raqqa” are matched in every language); a page in another language gets that
// language's cues and aliases from a small script the background injects just before the overlay
// (entrypoints/language-*.ts, built by scripts/vite-language-packs.ts). Both meet on a global key of
// the content-script world, like the gate and the overlay. Where the data is already complete (tests,
// tools), adopting a language finds nothing to add.
import type { GlossaryTerm, Language, Matter, Note } from '../types';

export interface LanguagePack {
  /** Note id → its matter (cues by facet) in this language. */
  cues: Record<string, Matter | undefined>;
  /** Term id → its aliases in this language. */
  aliases: Record<string, string[]>;
}

type PackGlobals = { [key: symbol]: LanguagePack | undefined };
const keyOf = (language: Language) => Symbol.for(`context-margin.language.${language}`);

/** Leaves this language's cues and aliases where the overlay will find them. */
export function publishLanguage(
  language: Language,
  notes: readonly Note[],
  glossary: readonly Omit<GlossaryTerm, 'notes'>[],
): void {
  const pack: LanguagePack = {
    cues: Object.fromEntries(notes.map((note) => [note.id, note.cues[language]])),
    aliases: Object.fromEntries(glossary.map((term) => [term.id, term.aliases[language] ?? []])),
  };
  (globalThis as unknown as PackGlobals)[keyOf(language)] = pack;
}

/** Fills in this language's cues and aliases from a published pack, where they are missing. */
export function adoptLanguage(
  language: Language,
  notes: readonly Note[],
  glossary: readonly GlossaryTerm[],
): void {
  const pack = (globalThis as unknown as PackGlobals)[keyOf(language)];
  if (!pack) return;
  for (const note of notes) {
    const cues = pack.cues[note.id];
    if (!note.cues[language] && Array.isArray(cues?.needs)) note.cues[language] = cues;
  }
  for (const term of glossary) {
    const aliases = pack.aliases[term.id];
    if (!term.aliases[language] && Array.isArray(aliases)) term.aliases[language] = aliases;
  }
}
