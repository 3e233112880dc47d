// The knowledge pack: the piece, its 22 notes in reading order, and the glossary for hover cards.
import type { GlossaryTerm, Note } from '../types';
import { europeTerms } from './glossary-europe';
import { groupTerms } from './glossary-group';
import { onlineTerms } from './glossary-online';
import { paragraphOneNotes } from './notes-1';
import { paragraphTwoNotes } from './notes-2';
import { paragraphThreeNotes } from './notes-3';
import { paragraphFourNotes } from './notes-4';
import { paragraphFiveNotes } from './notes-5';

// Through the pack's index, the English cues land right after the notes in the overlay bundle, where
// gzip finds their ids again: reached first from elsewhere, they add ~530 B gzip, over its budget.
export { aliasesOf, cuesOf } from './language-lookup';
export { REFERENCE_DATES } from './reference-dates';
export { source } from './source';

export const notes: readonly Note[] = [
  ...paragraphOneNotes,
  ...paragraphTwoNotes,
  ...paragraphThreeNotes,
  ...paragraphFourNotes,
  ...paragraphFiveNotes,
];

// A term's notes are read off the notes' own `terms`, so the two directions cannot disagree.
export const glossary: readonly GlossaryTerm[] = [...groupTerms, ...europeTerms, ...onlineTerms].map(
  (term) => ({ ...term, notes: notes.filter((note) => note.terms.includes(term.id)).map((note) => note.id) }),
);

const notesById = new Map(notes.map((note) => [note.id, note]));
const termsById = new Map(glossary.map((term) => [term.id, term]));

export function noteById(id: string): Note | undefined {
  return notesById.get(id);
}

export function termById(id: string): GlossaryTerm | undefined {
  return termsById.get(id);
}
