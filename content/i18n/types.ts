// The shapes of the overlay's texts in one language. English is bundled with the overlay; every
// other language travels in its own script (see texts.ts).
import type { Language } from '../types';
import type { UI_EN } from './ui/en';

/** A count's wording, one entry per `Intl.PluralRules` category of the language ('other' always). */
export type PluralText = { [C in Intl.LDMLPluralRule]?: string } & { other: string };

export type UiKey = keyof typeof UI_EN;
/** Same keys as English; a string stays a string and a plural stays a plural (tests check both). */
export type UiTable = { [K in UiKey]: (typeof UI_EN)[K] extends string ? string : PluralText };

/** The piece's texts in one language, keyed by the ids of the knowledge pack. */
export interface PieceTexts {
  /** Note id → paraphrase, and (for a note with a quotation) our translation of the quotation. */
  notes: Record<string, { paraphrase: string; quotation?: string }>;
  /** Term id → label and card. */
  terms: Record<string, { label: string; card: string }>;
  /** Key of REFERENCE_DATES → the event's name. */
  dates: Record<string, string>;
}

export interface LanguageTexts {
  language: Language;
  ui: UiTable;
  /** Null for English: the knowledge pack itself is English. */
  piece: PieceTexts | null;
}
