// A note read against the article's own date. Beside an article older than the piece, the note says
// how the matter turned out later: the latest of its reference events that came after the article
// (and by the piece's date), or else that the piece, written later, still reported, argued or
// expected it. Beside a newer article, it says what the piece had expected (or reported, or argued)
// that long before. Derived from dates only, never written per page. Pure, like dates.ts.

import type { Note, NoteKind, ReferenceDate } from '../types';
import { formatSpan, safeLocale, type Translate } from './dates';
import { calendarDateOf, parseIsoDate, type Span, spanBetween } from './dates-calendar';

export type FrameKey =
  | 'frameTurnedOut'
  | 'frameLaterClaim'
  | 'frameLaterArgument'
  | 'frameLaterPrediction'
  | 'frameEarlierClaim'
  | 'frameEarlierArgument'
  | 'frameEarlierPrediction';

export interface TimeFrame {
  key: FrameKey;
  /** From the article to the event or the piece (older article), or from the piece to the article. */
  span: Span;
  /** The reference event that settled the matter; only for 'frameTurnedOut'. */
  event?: ReferenceDate;
}

/** English wording used when no i18n lookup is given; kept equal to _locales/en by a test. */
export const ENGLISH_FRAME_MESSAGES: Record<FrameKey, string> = {
  frameTurnedOut: 'How it turned out: $1 after this article, $2',
  frameLaterClaim: '$1 after this article, the piece still reported this',
  frameLaterArgument: '$1 after this article, the piece still argued this',
  frameLaterPrediction: '$1 after this article, the piece still expected this',
  frameEarlierClaim: 'What the piece reported $1 before this article',
  frameEarlierArgument: 'What the piece argued $1 before this article',
  frameEarlierPrediction: 'What the piece expected $1 before this article',
};

const LATER: Record<NoteKind, FrameKey> = {
  claim: 'frameLaterClaim',
  argument: 'frameLaterArgument',
  prediction: 'frameLaterPrediction',
};
const EARLIER: Record<NoteKind, FrameKey> = {
  claim: 'frameEarlierClaim',
  argument: 'frameEarlierArgument',
  prediction: 'frameEarlierPrediction',
};

const dayOf = (iso: string) => {
  const date = parseIsoDate(iso);
  return date ? date.year * 10_000 + date.month * 100 + date.day : Number.NaN;
};

/** The note's frame against the article's date; null without a usable date or on the piece's own day. */
export function timeFrame(note: Note, pieceIso: string, articleDate: Date | null): TimeFrame | null {
  const piece = parseIsoDate(pieceIso);
  const article = articleDate ? calendarDateOf(articleDate) : null;
  if (!piece || !article) return null;
  const toPiece = spanBetween(article, piece);
  if (toPiece.amount === 0) return null;
  if (toPiece.amount < 0) return { key: EARLIER[note.kind], span: spanBetween(piece, article) };
  const articleDay = article.year * 10_000 + article.month * 100 + article.day;
  // Events of month precision count from the month's first day, so "Jan 2014" is after 2013 only.
  const settled = note.referenceDates
    .filter((event) => dayOf(event.date) > articleDay && dayOf(event.date) <= dayOf(pieceIso))
    .sort((a, b) => dayOf(b.date) - dayOf(a.date))[0];
  const eventDate = settled ? parseIsoDate(settled.date) : null;
  if (settled && eventDate) {
    const span = spanBetween(article, eventDate);
    if (span.amount > 0) return { key: 'frameTurnedOut', span, event: settled };
  }
  return { key: LATER[note.kind], span: toPiece };
}

const englishTranslate: Translate = (key, substitutions) => {
  const values = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  const template = ENGLISH_FRAME_MESSAGES[key as FrameKey] ?? key;
  return template.replace(/\$(\d)/g, (whole, digit: string) => values[Number(digit) - 1] ?? whole);
};

/** The frame as one sentence in the reader's language ('How it turned out: 1 year after …'). */
export function frameText(
  note: Note,
  pieceIso: string,
  articleDate: Date | null,
  locale: string,
  translate: Translate = englishTranslate,
): string | null {
  const frame = timeFrame(note, pieceIso, articleDate);
  if (!frame) return null;
  const span = formatSpan(frame.span, safeLocale(locale));
  return translate(frame.key, frame.event ? [span, frame.event.event] : [span]);
}
