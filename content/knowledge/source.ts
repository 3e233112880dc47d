import type { PieceSource } from '../types';

/** The opinion piece every note is drawn from (tests/fixtures/piece/piece.txt). */
export const source: PieceSource = {
  outlet: 'La Razón',
  published: '2017-10-22',
  originalLanguage: 'es',
  // The text the notes paraphrase is the English version of the piece.
  textLanguage: 'en',
  genre: 'opinion',
  // The piece does not name its author; notes never attribute it to anyone.
  author: null,
};
