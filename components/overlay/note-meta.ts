import { ageOf, formatDate, relativeToArticle } from '@/content/dates/dates';
import type { NoteKind, PieceSource } from '@/content/types';
import { t } from '@/utils/i18n';

/** What every card needs besides the note itself: the piece's source and the page's own date. */
export interface NoteMeta {
  source: PieceSource;
  articleDate: Date | null;
  locale: string;
  now: Date;
}

const KIND_KEYS: Record<NoteKind, string> = {
  argument: 'overlayKindArgument',
  claim: 'overlayKindClaim',
  prediction: 'overlayKindPrediction',
};

export const kindLabel = (kind: NoteKind): string => t(KIND_KEYS[kind]);

/** 'La Razón, 22 Oct 2017 · 9 years ago · written 3 years before this article' (last part only with a page date). */
export function sourceLine(meta: NoteMeta, withArticle = true): string {
  const { source, locale, now, articleDate } = meta;
  const parts = [
    `${source.outlet}, ${formatDate(source.published, locale)}`,
    ageOf(source.published, now, locale),
  ];
  if (withArticle) parts.push(relativeToArticle(source.published, articleDate, locale, t) ?? '');
  return parts.filter(Boolean).join(' · ');
}
