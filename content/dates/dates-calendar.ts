// Calendar arithmetic on plain UTC calendar dates, so that no result depends on the reader's time zone.

export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31; 1 for month-precision dates. */
  day: number;
  precision: 'day' | 'month';
}

export type SpanUnit = 'year' | 'month' | 'day';

/** A signed distance in the single largest whole unit: positive when `to` is later than `from`. */
export interface Span {
  amount: number;
  unit: SpanUnit;
}

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const DAY_MS = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYY-MM-DD' or 'YYYY-MM'; null for anything else, including impossible days like 2017-02-29. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = typeof iso === 'string' ? ISO_DATE.exec(iso.trim()) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const precision = match[3] === undefined ? 'month' : 'day';
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision };
}

/** The UTC calendar day of an instant, or null for an invalid Date. */
export function calendarDateOf(instant: Date): CalendarDate | null {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) return null;
  return {
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
    precision: 'day',
  };
}

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28 or 29). */
function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)), precision: 'day' };
}

/**
 * Whole months from `from` to a later-or-equal `to`: the largest n with from + n months ≤ to.
 * So 2016-10-23 → 2017-10-22 is 11 months (not a year), and Jan 31 → Feb 28 is one month.
 */
function wholeMonths(from: CalendarDate, to: CalendarDate): number {
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  if (months > 0 && dayNumber(addMonths(from, months)) > dayNumber(to)) months -= 1;
  return months;
}

/** The distance between two calendar dates in years, else months, else days. */
export function spanBetween(from: CalendarDate, to: CalendarDate): Span {
  const sign = dayNumber(to) >= dayNumber(from) ? 1 : -1;
  const [early, late] = sign === 1 ? [from, to] : [to, from];
  const months = wholeMonths(early, late);
  if (months >= 12) return { amount: sign * Math.floor(months / 12), unit: 'year' };
  if (months >= 1) return { amount: sign * months, unit: 'month' };
  return { amount: sign * (dayNumber(late) - dayNumber(early)), unit: 'day' };
}
