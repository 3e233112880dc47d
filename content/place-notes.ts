// Which paragraph each note speaks to. Every paragraph is scored against every note's cues in one
// pass per paragraph; the best (note, paragraph) pairs are then taken greedily, highest score first,
// so that the result is explainable ("why here": the matched words) and deterministic.

import { type PhraseMatcher, perLanguageMatcher } from './cue-match';
import { primaryLanguage } from './find-terms';
import { foldText, originalEnd, originalStart } from './fold-text';
import { proseText } from './text-runs';
import { skipChecker } from './text-walker';
import type { Language, Note, NoteKind, NotePlacement } from './types';

export interface PlaceNotesOptions {
  maxNotes: number;
  /** Kinds set to false are left out. */
  kinds?: Partial<Record<NoteKind, boolean>>;
  /** Least score a placement needs (default 2: two words of cue, e.g. one two-word phrase). */
  minScore?: number;
  /** Notes are kept this many paragraphs apart where the cap still allows it (default 2). */
  minGap?: number;
}

export const DEFAULT_MAX_NOTES = 8;
export const DEFAULT_MIN_SCORE = 2;
export const DEFAULT_MIN_GAP = 2;
/**
 * Work bounds for pathological pages (100,000 paragraphs, a 5 MB paragraph): notes belong beside
 * readable paragraphs, so only the first ones and the start of each are scored.
 */
export const MAX_SCORED_PARAGRAPHS = 1_000;
export const MAX_SCORED_CHARS = 6_000;
const MAX_MATCHES_PER_PARAGRAPH = 200;
/** Each repeat of an already matched cue adds a little, up to this many repeats. */
const REPEAT_BONUS = 0.25;
const MAX_REPEATS_COUNTED = 4;

interface Cue {
  noteIndex: number;
  cueIndex: number;
  weight: number;
}

interface NoteScore {
  /** How often each cue matched. */
  cues: Map<number, number>;
  score: number;
  matched: string[];
}

interface Candidate {
  noteIndex: number;
  paragraphIndex: number;
  score: number;
  matched: string[];
}

function cuesOf(note: Note, lang: string): readonly string[] {
  const own = note.cues[lang as Language];
  return own?.length ? own : (note.cues.en ?? []);
}

const cueMatcher = perLanguageMatcher((notes: readonly Note[], lang: string) => {
  const entries: [string, Cue][] = [];
  notes.forEach((note, noteIndex) => {
    cuesOf(note, lang).forEach((cue, cueIndex) => {
      if (typeof cue !== 'string') return;
      const weight = Math.max(
        1,
        cue
          .trim()
          .split(/[\s-]+/)
          .filter(Boolean).length,
      );
      entries.push([cue, { noteIndex, cueIndex, weight }]);
    });
  });
  return entries;
});

/** Scores one paragraph against every note at once. */
function scoreParagraph(text: string, matcher: PhraseMatcher<Cue>, paragraphIndex: number): Candidate[] {
  const folded = foldText(text.length > MAX_SCORED_CHARS ? text.slice(0, MAX_SCORED_CHARS) : text);
  const perNote = new Map<number, NoteScore>();
  for (const match of matcher.matchAll(folded.folded, MAX_MATCHES_PER_PARAGRAPH)) {
    const surface = text
      .slice(originalStart(folded, match.start), originalEnd(folded, match.end))
      .replace(/\s+/g, ' ')
      .trim();
    for (const cue of match.values) {
      const entry: NoteScore = perNote.get(cue.noteIndex) ?? { cues: new Map(), score: 0, matched: [] };
      perNote.set(cue.noteIndex, entry);
      const seen = entry.cues.get(cue.cueIndex) ?? 0;
      entry.cues.set(cue.cueIndex, seen + 1);
      if (seen === 0) entry.score += cue.weight;
      else if (seen <= MAX_REPEATS_COUNTED) entry.score += REPEAT_BONUS;
      if (!entry.matched.some((word) => word.toLowerCase() === surface.toLowerCase()))
        entry.matched.push(surface);
    }
  }
  return [...perNote].map(([noteIndex, entry]) => ({
    noteIndex,
    paragraphIndex,
    score: entry.score,
    matched: entry.matched,
  }));
}

function byStrength(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.noteIndex - b.noteIndex || a.paragraphIndex - b.paragraphIndex;
}

export function placeNotes(
  paragraphs: readonly Element[],
  notes: readonly Note[],
  language: string,
  options: PlaceNotesOptions = { maxNotes: DEFAULT_MAX_NOTES },
): NotePlacement[] {
  if (!Array.isArray(paragraphs) || !Array.isArray(notes)) return [];
  const maxNotes = Math.max(0, Math.floor(Number(options.maxNotes) || 0));
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const minGap = Math.max(0, options.minGap ?? DEFAULT_MIN_GAP);
  if (maxNotes === 0 || notes.length === 0 || paragraphs.length === 0) return [];
  const matcher = cueMatcher(notes, primaryLanguage(language));
  const allowed = (note: Note) => options.kinds?.[note.kind] !== false;
  // Paragraphs share their ancestors: one skip check for all of them judges each ancestor once.
  const skipped = skipChecker();
  const candidates = paragraphs
    .slice(0, MAX_SCORED_PARAGRAPHS)
    .flatMap((paragraph, index) => scoreParagraph(proseText(paragraph, { skipped }), matcher, index))
    .filter((candidate) => candidate.score >= minScore && allowed(notes[candidate.noteIndex] as Note))
    .sort(byStrength);

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

  return chosen
    .sort((a, b) => a.paragraphIndex - b.paragraphIndex)
    .map((candidate) => ({
      noteId: (notes[candidate.noteIndex] as Note).id,
      paragraph: paragraphs[candidate.paragraphIndex] as Element,
      paragraphIndex: candidate.paragraphIndex,
      score: candidate.score,
      matched: candidate.matched,
    }));
}
