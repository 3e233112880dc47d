// From a page reading to what the overlay shows: the placed notes in reading order and the term
// matches. Pure over the live DOM; no UI and no layout.

import { glossary, notes as pieceNotes, termById } from '../knowledge';
import { placeNotes } from '../notes/place-notes';
import { findTermsInSlices } from '../terms/find-terms-in-slices';
import type { GlossaryTerm, Language, Note, NoteKind, NotePlacement, PageReading, TermMatch } from '../types';

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
  /** Least score a placement needs; only tuning (eval:notes --cv) sets it. */
  minScore?: number;
  maxNotes: number;
  kinds: Record<NoteKind, boolean>;
  highlights: boolean;
  signal?: AbortSignal;
}

export const EMPTY_ANALYSIS: Analysis = { language: 'en', notes: [], matches: [], terms: [] };

/** The notes alone; terms come from `findTerms` (at once) or `findTermsInSlices`, then `withTerms`. */
export function analyseNotes(reading: PageReading, language: Language, options: AnalysisOptions): Analysis {
  if (!reading.root || options.signal?.aborted) return { ...EMPTY_ANALYSIS, language };
  const byId = new Map(pieceNotes.map((n) => [n.id, n]));
  const placements = placeNotes(reading.paragraphs, pieceNotes, language, {
    maxNotes: Math.max(0, options.maxNotes),
    kinds: options.kinds,
    minScore: options.minScore,
  });
  const notes = placements.flatMap((placement) => {
    const note = byId.get(placement.noteId);
    return note ? [{ note, placement }] : [];
  });
  const numbered = notes.map((n, i) => ({ ...n, number: i + 1 }));
  return { language, notes: numbered, matches: [], terms: [] };
}

export const withTerms = (analysis: Analysis, matches: TermMatch[]): Analysis => ({
  ...analysis,
  matches,
  terms: summariseTerms(matches),
});

export interface TermSearch {
  /** The analysis with its terms when the search fitted in its first slice, else null. */
  atOnce: Analysis | null;
  /** Resolves when the search is over: done, or dropped by the signal. */
  finished: Promise<void>;
}

/**
 * Adds the terms under `root` to `notes` (none when `root` is null). A small page is searched at
 * once (`atOnce`); a huge one in slices that give the main thread back, then `later` gets the result.
 */
export function searchTermsOf(
  notes: Analysis,
  root: Element | null,
  signal: AbortSignal,
  later: (analysis: Analysis) => void,
): TermSearch {
  let atOnce: Analysis | null = null;
  let searching = true;
  const finished = new Promise<void>((done) => {
    signal.addEventListener('abort', () => done());
    if (!root) return done();
    findTermsInSlices(root, glossary, notes.language, { signal }, (matches) => {
      const analysis = withTerms(notes, matches);
      if (searching) atOnce = analysis;
      else later(analysis);
      done();
    });
  });
  searching = false;
  return { atOnce, finished };
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
