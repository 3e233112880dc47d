// From a page reading to what the overlay shows: the placed notes in reading order and the term
// matches. Pure over the live DOM; no UI and no layout.
import { findTerms } from './find-terms';
import { glossary, notes as pieceNotes, termById } from './piece';
import { placeNotes } from './place-notes';
import type { GlossaryTerm, Language, Note, NoteKind, NotePlacement, PageReading, TermMatch } from './types';

export interface PlacedNote {
  /** 1-based position in reading order: the marker number. */
  number: number;
  note: Note;
  placement: NotePlacement;
}

export interface TermSummary {
  term: GlossaryTerm;
  count: number;
  /** The first occurrence in reading order: where keyboard focus opens the card. */
  first: Range;
}

export interface Analysis {
  language: Language;
  notes: PlacedNote[];
  matches: TermMatch[];
  terms: TermSummary[];
}

export interface AnalysisOptions {
  maxNotes: number;
  kinds: Record<NoteKind, boolean>;
  highlights: boolean;
  signal?: AbortSignal;
}

const LANGUAGES: readonly Language[] = ['en', 'es', 'fr', 'it', 'de', 'ar'];

/** The first candidate that is one of our languages (by primary subtag), else English. */
export function toLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const primary = candidate?.toLowerCase().split(/[-_]/)[0];
    const hit = LANGUAGES.find((l) => l === primary);
    if (hit) return hit;
  }
  return 'en';
}

export const EMPTY_ANALYSIS: Analysis = { language: 'en', notes: [], matches: [], terms: [] };

export function analyse(reading: PageReading, language: Language, options: AnalysisOptions): Analysis {
  const root = reading.root;
  if (!root || options.signal?.aborted) return { ...EMPTY_ANALYSIS, language };
  const byId = new Map(pieceNotes.map((n) => [n.id, n]));
  const placements = placeNotes(reading.paragraphs, pieceNotes, language, {
    maxNotes: Math.max(0, options.maxNotes),
    kinds: options.kinds,
  });
  const notes = placements.flatMap((placement) => {
    const note = byId.get(placement.noteId);
    return note ? [{ note, placement }] : [];
  });
  const numbered = notes.map((n, i) => ({ ...n, number: i + 1 }));
  const matches = options.highlights ? findTerms(root, glossary, language, { signal: options.signal }) : [];
  return { language, notes: numbered, matches, terms: summariseTerms(matches) };
}

/** One entry per glossary term found, in order of first appearance. */
export function summariseTerms(matches: readonly TermMatch[]): TermSummary[] {
  const seen = new Map<string, TermSummary>();
  for (const match of matches) {
    const known = seen.get(match.termId);
    if (known) {
      known.count += 1;
      continue;
    }
    const term = termById(match.termId);
    if (term) seen.set(match.termId, { term, count: 1, first: match.range });
  }
  return [...seen.values()];
}
