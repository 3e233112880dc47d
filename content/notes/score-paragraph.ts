// How strongly one paragraph speaks to each note: every note's cues are matched in the paragraph in
// one pass. A note counts only where every facet of its matter has a cue of its own (the place and
// the event, say) and none of its other senses matched; it then scores the words of its cues that
// matched, so that a placement can say why it is there (the matched words).

import { cuesOf } from '../knowledge/language-lookup';
import { type PhraseMatcher, perLanguageMatcher } from '../match/cue-match';
import { foldText, originalEnd, originalStart } from '../text/fold-text';
import type { Matter, Note } from '../types';

/** Only the start of a paragraph is scored: notes belong beside readable paragraphs, not 5 MB ones. */
export const MAX_SCORED_CHARS = 6_000;
const MAX_MATCHES_PER_PARAGRAPH = 200;
/** Each repeat of an already matched cue adds a little, up to this many repeats. */
const REPEAT_BONUS = 0.25;
const MAX_REPEATS_COUNTED = 4;
/** The facet of a `not` phrase: its match keeps the note off the paragraph. */
export const NOT_FACET = -1;

export interface Cue {
  noteIndex: number;
  cueIndex: number;
  facet: number;
  weight: number;
}

interface NoteScore {
  /** How often each cue matched. */
  cues: Map<number, number>;
  facets: Set<number>;
  vetoed: boolean;
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

function matterOf(note: Note, lang: string): Matter {
  const own = cuesOf(note.id, lang);
  return own.needs.length ? own : cuesOf(note.id, 'en');
}

/**
 * A cue weighs its number of words. An Arabic word carries its article and proclitics ("والتجنيد",
 * "and the recruitment"), so it says what more than one English word says: it weighs half as much again.
 */
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const wordsIn = (cue: string) =>
  Math.max(
    1,
    cue
      .trim()
      .split(/[\s-]+/)
      .filter(Boolean).length,
  ) * (ARABIC_SCRIPT.test(cue) ? 1.5 : 1);

/** Facets each note needs in one language (cached with the matcher's notes). */
const facetCounts = new WeakMap<readonly Note[], Map<string, number[]>>();
export function facetsNeeded(notes: readonly Note[], lang: string): number[] {
  const byLanguage = facetCounts.get(notes) ?? new Map<string, number[]>();
  facetCounts.set(notes, byLanguage);
  const counts = byLanguage.get(lang) ?? notes.map((note) => matterOf(note, lang).needs.length);
  byLanguage.set(lang, counts);
  return counts;
}

/** Every note's cues for one language, weighted by their number of words (cached per notes and language). */
export const cueMatcher = perLanguageMatcher((notes: readonly Note[], lang: string) => {
  const entries: [string, Cue][] = [];
  notes.forEach((note, noteIndex) => {
    const matter = matterOf(note, lang);
    let cueIndex = 0;
    const add = (cue: unknown, facet: number) => {
      if (typeof cue === 'string')
        entries.push([cue, { noteIndex, cueIndex: cueIndex++, facet, weight: wordsIn(cue) }]);
    };
    matter.needs.forEach((facet, index) => {
      for (const cue of facet) add(cue, index);
    });
    for (const cue of matter.not) add(cue, NOT_FACET);
  });
  return entries;
});

/** Scores one paragraph against every note at once; `needed[i]` is how many facets note i needs. */
export function scoreParagraph(
  text: string,
  matcher: PhraseMatcher<Cue>,
  paragraphIndex: number,
  needed: readonly number[],
): Candidate[] {
  const folded = foldText(text.length > MAX_SCORED_CHARS ? text.slice(0, MAX_SCORED_CHARS) : text);
  const perNote = new Map<number, NoteScore>();
  for (const match of matcher.matchAll(folded.folded, MAX_MATCHES_PER_PARAGRAPH)) {
    const surface = text
      .slice(originalStart(folded, match.start), originalEnd(folded, match.end))
      .replace(/\s+/g, ' ')
      .trim();
    for (const cue of match.values) {
      const entry: NoteScore = perNote.get(cue.noteIndex) ?? {
        cues: new Map(),
        facets: new Set(),
        vetoed: false,
        score: 0,
        matched: [],
      };
      perNote.set(cue.noteIndex, entry);
      if (cue.facet === NOT_FACET) {
        entry.vetoed = true;
        continue;
      }
      entry.facets.add(cue.facet);
      const seen = entry.cues.get(cue.cueIndex) ?? 0;
      entry.cues.set(cue.cueIndex, seen + 1);
      if (seen === 0) entry.score += cue.weight;
      else if (seen <= MAX_REPEATS_COUNTED) entry.score += REPEAT_BONUS;
      if (!entry.matched.some((word) => word.toLowerCase() === surface.toLowerCase()))
        entry.matched.push(surface);
    }
  }
  return [...perNote]
    .filter(([noteIndex, entry]) => !entry.vetoed && entry.facets.size >= (needed[noteIndex] ?? 1))
    .map(([noteIndex, entry]) => ({ noteIndex, paragraphIndex, score: entry.score, matched: entry.matched }));
}
