// The piece's texts in every language but English, at once: for tests and tools only. The overlay
// receives one language at a time (entrypoints/language-*.ts).

import { PIECE_AR } from '../piece/texts/ar';
import { PIECE_DE } from '../piece/texts/de';
import { PIECE_ES } from '../piece/texts/es';
import { PIECE_FR } from '../piece/texts/fr';
import { PIECE_IT } from '../piece/texts/it';
import type { Language } from '../types';
import type { PieceTexts } from './types';

export const PIECE_TEXTS: Record<Exclude<Language, 'en'>, PieceTexts> = {
  es: PIECE_ES,
  fr: PIECE_FR,
  de: PIECE_DE,
  it: PIECE_IT,
  ar: PIECE_AR,
};
