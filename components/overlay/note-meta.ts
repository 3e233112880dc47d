import { ageOf, formatDate, relativeToArticle } from '@/content/dates/dates';
import type { Localiser } from '@/content/i18n/localise';
import type { NoteKind, PieceSource } from '@/content/types';

/** What every card needs besides the note itself: the piece's source and the page's own date. */
export interface NoteMeta {
  source: PieceSource;
  articleDate: Date | null;
  locale: string;
  now: Date;
}

const KIND_KEYS = {
  argument: 'kindArgument',
  claim: 'kindClaim',
  prediction: 'kindPrediction',
} as const satisfies Record<NoteKind, string>;

export const kindLabel = (kind: NoteKind, l: Localiser): string => l.ui(KIND_KEYS[kind]);

/** 'La Razón, 22 Oct 2017 · 9 years ago · written 3 years before this article' (last part only with a page date). */
export function sourceLine(meta: NoteMeta, l: Localiser, withArticle = true): string {
  const { source, locale, now, articleDate } = meta;
  const parts = [
    `${source.outlet}, ${formatDate(source.published, locale)}`,
    ageOf(source.published, now, locale),
  ];
  // dates.ts speaks the `_locales` way ($1); our tables name their values.
  const translate = (key: string, values?: string | string[]) =>
    l.ui(key as 'dateSameDay', { duration: [values ?? ''].flat()[0] ?? '' });
  if (withArticle) parts.push(relativeToArticle(source.published, articleDate, locale, translate) ?? '');
  return parts.filter(Boolean).join(' · ');
}
