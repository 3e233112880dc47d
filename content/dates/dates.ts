// How old a note is, against today and against the article being read, in the reader's language.
// Pure: the caller passes `now`, the locale and (for sentences) its i18n lookup.
import { calendarDateOf, parseIsoDate, type Span, spanBetween } from './dates-calendar';

/** Same shape as `t` in utils/i18n.ts, so the overlay can pass it straight in. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export type ArticleRelationKey = 'dateWrittenBefore' | 'dateArticleOlder' | 'dateSameDay';

export interface ArticleRelation {
  key: ArticleRelationKey;
  /** How long before the article the piece was written; only for 'dateWrittenBefore'. */
  span?: Span;
}

/** English wording used when no i18n lookup is given; kept equal to _locales/en by a test. */
export const ENGLISH_DATE_MESSAGES: Record<ArticleRelationKey, string> = {
  dateWrittenBefore: 'written $1 before this article',
  dateArticleOlder: 'this article is older than the piece',
  dateSameDay: 'written the same day as this article',
};

export const englishTranslate: Translate = (key, substitutions) => {
  const template = ENGLISH_DATE_MESSAGES[key as ArticleRelationKey] ?? key;
  const values = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  return template.replace(/\$(\d)/g, (whole, digit: string) => values[Number(digit) - 1] ?? whole);
};

/** A locale Intl accepts: 'en_US' becomes 'en-US'; anything unusable becomes 'en'. */
export function safeLocale(locale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(String(locale || 'en').replace(/_/g, '-'));
    return canonical ?? 'en';
  } catch {
    return 'en';
  }
}

const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  create: () => T,
): T {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

/**
 * '8 years ago', '3 months ago', 'yesterday'. 'auto' wording only for days: for years and months it
 * would say 'last year' about a date fourteen months back, which names the wrong calendar year.
 * Returns '' for an invalid date or `now`.
 */
export function ageOf(isoDate: string, now: Date, locale: string): string {
  const date = parseIsoDate(isoDate);
  const today = calendarDateOf(now);
  if (!date || !today) return '';
  const span = spanBetween(date, today);
  const tag = safeLocale(locale);
  const numeric = span.unit === 'day' ? 'auto' : 'always';
  const format = cached(`rtf|${tag}|${numeric}`, () => new Intl.RelativeTimeFormat(tag, { numeric }));
  return format.format(-span.amount, span.unit);
}

/** A span as a bare duration: '3 years', '1 mes', 'يومان'. */
export function formatSpan(span: Span, locale: string): string {
  const tag = safeLocale(locale);
  const format = cached(
    `unit|${tag}|${span.unit}`,
    () => new Intl.NumberFormat(tag, { style: 'unit', unit: span.unit, unitDisplay: 'long' }),
  );
  return format.format(Math.abs(span.amount));
}

/** Where the piece stands against the article's own date; null when the article has no usable date. */
export function articleRelation(pieceIso: string, articleDate: Date | null): ArticleRelation | null {
  const piece = parseIsoDate(pieceIso);
  const article = articleDate ? calendarDateOf(articleDate) : null;
  if (!piece || !article) return null;
  const span = spanBetween(piece, article);
  if (span.amount === 0) return { key: 'dateSameDay' };
  if (span.amount < 0) return { key: 'dateArticleOlder' };
  return { key: 'dateWrittenBefore', span };
}

/** 'written 3 years before this article' (or the other wordings), localised through `translate`. */
export function relativeToArticle(
  pieceIso: string,
  articleDate: Date | null,
  locale: string,
  translate: Translate = englishTranslate,
): string | null {
  const relation = articleRelation(pieceIso, articleDate);
  if (!relation) return null;
  if (!relation.span) return translate(relation.key);
  return translate(relation.key, [formatSpan(relation.span, locale)]);
}

/**
 * '22 Oct 2017' (en-GB), 'Oct 22, 2017' (en-US), '22 oct 2017' (es); 'Jan 2014' for 'YYYY-MM'.
 * Formatted in UTC because the ISO date is a calendar day, not an instant: no time zone may shift it.
 */
export function formatDate(isoDate: string, locale: string): string {
  const date = parseIsoDate(isoDate);
  if (!date) return '';
  const tag = safeLocale(locale);
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'day'
      ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  const format = cached(`dtf|${tag}|${date.precision}`, () => new Intl.DateTimeFormat(tag, options));
  return format.format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
}
