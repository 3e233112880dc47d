// From a page reading to what the overlay shows: the placed notes in reading order and the term
// matches. Pure over the live DOM; no UI and no layout.

import { glossary, noteById, notes as pieceNotes, termById } from '../knowledge';
import { notePlacer, placeNotes } from '../notes/place-notes';
import { findTermsInSlices } from '../terms/find-terms-in-slices';
import { runInSlices } from '../text/in-slices';
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

/** The notes alone; terms come from `findTerms` or `findTermsInSlices`, then `withTerms`. */
export function analyseNotes(reading: PageReading, language: Language, options: AnalysisOptions): Analysis {
  if (!reading.root || options.signal?.aborted) return { ...EMPTY_ANALYSIS, language };
  return numbered(language, placeNotes(reading.paragraphs, pieceNotes, language, placementOptions(options)));
}

/**
 * `analyseNotes` in slices that start in a later task and give the main thread back (see
 * in-slices.ts): a page of hundreds of paragraphs never holds it for long. Null if `signal` aborts first.
 */
export async function analyseNotesInSlices(
  reading: PageReading,
  language: Language,
  options: AnalysisOptions,
  signal: AbortSignal,
): Promise<Analysis | null> {
  const paragraphs = reading.root ? reading.paragraphs : [];
  const placer = notePlacer(paragraphs, pieceNotes, language, placementOptions(options));
  const done = await runInSlices(() => placer.next(), signal);
  return done ? numbered(language, placer.placements()) : null;
}

const placementOptions = (options: AnalysisOptions) => ({
  maxNotes: Math.max(0, options.maxNotes),
  kinds: options.kinds,
  minScore: options.minScore,
});

function numbered(language: Language, placements: readonly NotePlacement[]): Analysis {
  const notes = placements.flatMap((placement) => {
    const note = noteById(placement.noteId);
    return note ? [{ note, placement }] : [];
  });
  return { language, notes: notes.map((n, i) => ({ ...n, number: i + 1 })), matches: [], terms: [] };
}

export const withTerms = (analysis: Analysis, matches: TermMatch[]): Analysis => ({
  ...analysis,
  matches,
  terms: summariseTerms(matches),
});

/**
 * `notes` with the terms under `root` (none when null), searched in slices (find-terms-in-slices.ts);
 * `paused` hears when the search gives the main thread back with work left. Null if `signal` aborts first.
 */
export async function withTermsInSlices(
  notes: Analysis,
  root: Element | null,
  signal: AbortSignal,
  paused: () => void,
): Promise<Analysis | null> {
  if (!root) return notes;
  const matches = await findTermsInSlices(root, glossary, notes.language, { signal, paused });
  return matches && withTerms(notes, matches);
}

/** Terms are searched, and so highlighted, only on a relevant page with highlights on. */
export const searchesTerms = (settings: Pick<AnalysisOptions, 'highlights'>, relevant: boolean): boolean =>
  relevant && settings.highlights;

/**
 * Notes (none unless `relevant`), then terms where `searchesTerms`, for one reading, in slices.
 * `show` gets the result; a huge page's notes first, while its terms are searched.
 */
export async function analyseInSlices(
  reading: PageReading,
  language: Language,
  settings: AnalysisOptions,
  relevant: boolean,
  signal: AbortSignal,
  show: (analysis: Analysis) => void,
): Promise<void> {
  const notes = relevant
    ? await analyseNotesInSlices(reading, language, settings, signal)
    : { ...EMPTY_ANALYSIS, language };
  if (!notes || signal.aborted) return;
  let shown = false;
  const root = searchesTerms(settings, relevant) ? reading.root : null;
  const analysis = await withTermsInSlices(notes, root, signal, () => {
    if (!shown) show(notes);
    shown = true;
  });
  if (analysis) show(analysis);
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
