// How strongly one paragraph speaks to each note: every note's cues are matched in the paragraph in
// one pass, and each note scores the words of its cues that matched, so that a placement can say
// why it is there (the matched words).

import { type PhraseMatcher, perLanguageMatcher } from '../match/cue-match';
import { foldText, originalEnd, originalStart } from '../text/fold-text';
import type { Language, Note } from '../types';

/** Only the start of a paragraph is scored: notes belong beside readable paragraphs, not 5 MB ones. */
export const MAX_SCORED_CHARS = 6_000;
const MAX_MATCHES_PER_PARAGRAPH = 200;
/** Each repeat of an already matched cue adds a little, up to this many repeats. */
const REPEAT_BONUS = 0.25;
const MAX_REPEATS_COUNTED = 4;

export interface Cue {
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

/** One note's score in one paragraph. */
export interface Candidate {
  noteIndex: number;
  paragraphIndex: number;
  score: number;
  matched: string[];
}

function cuesOf(note: Note, lang: string): readonly string[] {
  const own = note.cues[lang as Language];
  return own?.length ? own : (note.cues.en ?? []);
}

/** Every note's cues for one language, weighted by their number of words (cached per notes and language). */
export const cueMatcher = perLanguageMatcher((notes: readonly Note[], lang: string) => {
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
export function scoreParagraph(
  text: string,
  matcher: PhraseMatcher<Cue>,
  paragraphIndex: number,
): Candidate[] {
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
