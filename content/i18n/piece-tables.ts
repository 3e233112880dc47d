// The piece's texts in every language but English, at once: for tests and tools only. The overlay
// receives one language at a time (entrypoints/language-*.ts).

import { PIECE_AR } from '../knowledge/texts/ar';
import { PIECE_DE } from '../knowledge/texts/de';
import { PIECE_ES } from '../knowledge/texts/es';
import { PIECE_FR } from '../knowledge/texts/fr';
import { PIECE_IT } from '../knowledge/texts/it';
import type { Language } from '../types';
import type { PieceTexts } from './types';

export const PIECE_TEXTS: Record<Exclude<Language, 'en'>, PieceTexts> = {
  es: PIECE_ES,
  fr: PIECE_FR,
  de: PIECE_DE,
  it: PIECE_IT,
  ar: PIECE_AR,
};
