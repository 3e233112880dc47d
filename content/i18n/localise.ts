// One language's way of saying the overlay's texts: interface strings with their placeholders and
// plural forms, and the piece's notes, terms and event names, each falling back to the English of
// the knowledge pack where a text is missing (never blank).
import { REFERENCE_DATES } from '../knowledge/reference-dates';
import type { GlossaryTerm, Language, Note, ReferenceDate } from '../types';
import { directionOf } from './languages';
import { ENGLISH_TEXTS } from './texts';
import type { LanguageTexts, PluralText, UiKey } from './types';
import { UI_EN } from './ui/en';

export type Values = Record<string, string | number>;

export interface NoteTexts {
  paraphrase: string;
  /** The piece's own English words. */
  quotation?: string;
  /** Our translation of them; only when the language is not English. */
  translation?: string;
}

export interface Localiser {
  language: Language;
  /** For Intl: dates, numbers, plural rules. */
  locale: string;
  dir: 'ltr' | 'rtl';
  ui(key: UiKey, values?: Values): string;
  note(note: Note): NoteTexts;
  term(term: GlossaryTerm): { label: string; card: string };
  event(date: ReferenceDate): string;
}

// REFERENCE_DATES entries are shared objects; notes hold them, so an event is found by its words.
const dateKeys = new Map<string, string>(Object.entries(REFERENCE_DATES).map(([key, d]) => [d.event, key]));

/** `{name}` filled from `values` (numbers in the locale's digits); an unknown name stays visible. */
export function fill(template: string, values: Values, numbers: Intl.NumberFormat): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

export function createLocaliser(texts: LanguageTexts, locale: string = texts.language): Localiser {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const plurals = new Intl.PluralRules(locale);
  const { piece } = texts;
  const ui = (key: UiKey, values: Values = {}): string => {
    const entry: string | PluralText = texts.ui[key] ?? UI_EN[key];
    if (typeof entry === 'string') return fill(entry, values, numbers);
    const count = Number(values.count ?? 0);
    return fill(entry[plurals.select(count)] ?? entry.other, values, numbers);
  };
  return {
    language: texts.language,
    locale,
    dir: directionOf(texts.language),
    ui,
    note(note) {
      const own = piece?.notes[note.id];
      if (!own) return { paraphrase: note.paraphrase, quotation: note.quotation };
      const translation = note.quotation && own.quotation ? own.quotation : undefined;
      return { paraphrase: own.paraphrase, quotation: note.quotation, translation };
    },
    term(term) {
      return piece?.terms[term.id] ?? { label: term.label, card: term.card };
    },
    event(date) {
      const key = dateKeys.get(date.event);
      return (key && piece?.dates[key]) || date.event;
    },
  };
}

export const ENGLISH: Localiser = createLocaliser(ENGLISH_TEXTS, 'en');
