// Which paragraph each note speaks to. Every paragraph is scored against every note's cues in one
// pass per paragraph (score-paragraph.ts); the best (note, paragraph) pairs are then taken greedily,
// highest score first, so that the result is explainable ("why here": the matched words) and
// deterministic.

import { languageOf } from '../read/language-of';
import { proseText } from '../text/text-runs';
import { skipChecker } from '../text/text-walker';
import type { Note, NoteKind, NotePlacement } from '../types';
import { proseChecker } from './prose-paragraph';
import { type Candidate, cueMatcher, facetsNeeded, scoreParagraph } from './score-paragraph';

export interface PlaceNotesOptions {
  maxNotes: number;
  /** Kinds set to false are left out. */
  kinds?: Partial<Record<NoteKind, boolean>>;
  /** Least score a placement needs (default 3: three words of cue over the facets; see eval:notes --cv). */
  minScore?: number;
  /** Notes are kept this many paragraphs apart where the cap still allows it (default 2). */
  minGap?: number;
}

export const DEFAULT_MAX_NOTES = 8;
export const DEFAULT_MIN_SCORE = 3;
export const DEFAULT_MIN_GAP = 2;
/**
 * Work bound for pathological pages (100,000 paragraphs): notes belong beside readable paragraphs,
 * so only the first ones are scored (and only the start of each: see score-paragraph.ts).
 */
export const MAX_SCORED_PARAGRAPHS = 1_000;

function byStrength(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.noteIndex - b.noteIndex || a.paragraphIndex - b.paragraphIndex;
}

/**
 * Note placement one paragraph at a time, so that a caller can give the main thread back between
 * paragraphs (overlay-analysis.ts): `next()` scores the next paragraph (the first call also
 * compiles the cues) and says whether any is left; `placements()` takes the best pairs of those scored.
 */
export interface NotePlacer {
  next(): boolean;
  placements(): NotePlacement[];
}

export function placeNotes(
  paragraphs: readonly Element[],
  notes: readonly Note[],
  language: string,
  options: PlaceNotesOptions = { maxNotes: DEFAULT_MAX_NOTES },
): NotePlacement[] {
  const placer = notePlacer(paragraphs, notes, language, options);
  while (placer.next());
  return placer.placements();
}

export function notePlacer(
  paragraphs: readonly Element[],
  notes: readonly Note[],
  language: string,
  options: PlaceNotesOptions = { maxNotes: DEFAULT_MAX_NOTES },
): NotePlacer {
  const maxNotes = Math.max(0, Math.floor(Number(options.maxNotes) || 0));
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const minGap = Math.max(0, options.minGap ?? DEFAULT_MIN_GAP);
  const lang = languageOf(language);
  const allowed = (note: Note) => options.kinds?.[note.kind] !== false;
  const scored =
    Array.isArray(paragraphs) && Array.isArray(notes) && notes.length > 0 && maxNotes > 0
      ? paragraphs.slice(0, MAX_SCORED_PARAGRAPHS)
      : [];
  const candidates: Candidate[] = [];
  let score: ((paragraph: Element, index: number) => void) | undefined;
  let index = 0;
  const scorer = () => {
    const matcher = cueMatcher(notes, lang);
    const needed = facetsNeeded(notes, lang);
    // Paragraphs share their ancestors: one skip check for all of them judges each ancestor once.
    const skipped = skipChecker();
    const isProse = proseChecker();
    return (paragraph: Element, at: number) => {
      const text = proseText(paragraph, { skipped });
      if (!isProse(paragraph, text)) return;
      for (const candidate of scoreParagraph(text, matcher, at, needed))
        if (candidate.score >= minScore && allowed(notes[candidate.noteIndex] as Note))
          candidates.push(candidate);
    };
  };
  return {
    next() {
      const paragraph = scored[index];
      if (!paragraph) return false;
      score ??= scorer();
      score(paragraph, index++);
      return index < scored.length;
    },
    placements: () =>
      choose(candidates.sort(byStrength), maxNotes, minGap).map((candidate) => ({
        noteId: (notes[candidate.noteIndex] as Note).id,
        paragraph: paragraphs[candidate.paragraphIndex] as Element,
        paragraphIndex: candidate.paragraphIndex,
        score: candidate.score,
        matched: candidate.matched,
      })),
  };
}

/** The strongest pairs, greedily, one per note and per paragraph; in reading order. */
function choose(candidates: readonly Candidate[], maxNotes: number, minGap: number): Candidate[] {
  const chosen: Candidate[] = [];
  const usedNotes = new Set<number>();
  const usedParagraphs = new Set<number>();
  const take = (gap: number) => {
    for (const candidate of candidates) {
      if (chosen.length >= maxNotes) return;
      if (usedNotes.has(candidate.noteIndex) || usedParagraphs.has(candidate.paragraphIndex)) continue;
      if (gap > 0 && chosen.some((other) => Math.abs(other.paragraphIndex - candidate.paragraphIndex) < gap))
        continue;
      chosen.push(candidate);
      usedNotes.add(candidate.noteIndex);
      usedParagraphs.add(candidate.paragraphIndex);
    }
  };
  take(minGap);
  // Spreading is a preference: a note crowded out by it still gets its best free paragraph.
  if (minGap > 1) take(0);
  return chosen.sort((a, b) => a.paragraphIndex - b.paragraphIndex);
}
