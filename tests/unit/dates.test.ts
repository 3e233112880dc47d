import { afterEach, describe, expect, it } from 'vitest';
import {
  ageOf,
  articleRelation,
  formatDate,
  formatSpan,
  relativeToArticle,
  safeLocale,
} from '@/content/dates/dates';

const PIECE = '2017-10-22';
const utc = (iso: string) => new Date(iso);

describe('formatDate', () => {
  it('formats a calendar day in the reader’s locale', () => {
    expect(formatDate(PIECE, 'en-GB')).toBe('22 Oct 2017');
    expect(formatDate(PIECE, 'en-US')).toBe('Oct 22, 2017');
    expect(formatDate(PIECE, 'es')).toBe('22 oct 2017');
    expect(formatDate(PIECE, 'de')).toBe('22. Okt. 2017');
  });

  it('formats month precision without inventing a day', () => {
    expect(formatDate('2014-01', 'en-GB')).toBe('Jan 2014');
    expect(formatDate('2014-01', 'es')).toBe('ene 2014');
  });

  it('returns an empty string for a date it cannot read, and survives odd locales', () => {
    expect(formatDate('2017-02-29', 'en')).toBe('');
    expect(formatDate('yesterday', 'en')).toBe('');
    expect(formatDate(PIECE, 'en_GB')).toBe('22 Oct 2017');
    expect(formatDate(PIECE, 'not a locale!')).toBe(formatDate(PIECE, 'en'));
    expect(formatDate(PIECE, '')).toBe(formatDate(PIECE, 'en'));
  });

  describe('in every time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it.each(['UTC', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'Asia/Kolkata'])(
      'gives the same day in %s',
      (zone) => {
        process.env.TZ = zone;
        // The zone really changed for this process, so the check below can fail.
        const offset = new Date(2017, 9, 22).getTimezoneOffset();
        if (zone === 'Pacific/Kiritimati') expect(offset).toBe(-840);
        if (zone === 'Pacific/Pago_Pago') expect(offset).toBe(660);
        expect(formatDate(PIECE, 'en-GB')).toBe('22 Oct 2017');
        expect(formatDate('2017-12-31', 'en-GB')).toBe('31 Dec 2017');
        expect(formatDate('2014-01', 'en-GB')).toBe('Jan 2014');
        expect(ageOf(PIECE, utc('2017-10-23T00:00:01Z'), 'en')).toBe('yesterday');
        expect(relativeToArticle(PIECE, utc('2017-10-22T23:59:59Z'), 'en')).toBe(
          'written the same day as this article',
        );
      },
    );
  });
});

describe('ageOf', () => {
  it('speaks in years once a full year has passed', () => {
    expect(ageOf(PIECE, utc('2025-11-26T12:00:00Z'), 'en')).toBe('8 years ago');
    expect(ageOf(PIECE, utc('2018-10-22T00:00:00Z'), 'en')).toBe('1 year ago');
    expect(ageOf(PIECE, utc('2025-11-26T12:00:00Z'), 'es')).toBe('hace 8 años');
  });

  it('says 11 months, not a year, the day before the anniversary', () => {
    expect(ageOf(PIECE, utc('2018-10-21T23:59:59Z'), 'en')).toBe('11 months ago');
  });

  it('uses months and days below that, with today and yesterday for the nearest days', () => {
    expect(ageOf(PIECE, utc('2017-12-01T00:00:00Z'), 'en')).toBe('1 month ago');
    expect(ageOf(PIECE, utc('2017-11-21T00:00:00Z'), 'en')).toBe('30 days ago');
    expect(ageOf(PIECE, utc('2017-10-22T08:00:00Z'), 'en')).toBe('today');
    expect(ageOf(PIECE, utc('2017-10-23T08:00:00Z'), 'en')).toBe('yesterday');
    expect(ageOf(PIECE, utc('2017-10-23T08:00:00Z'), 'es')).toBe('ayer');
  });

  it('turns at UTC midnight, not at the reader’s', () => {
    expect(ageOf(PIECE, utc('2017-10-22T23:59:59Z'), 'en')).toBe('today');
    expect(ageOf(PIECE, utc('2017-10-23T00:00:00Z'), 'en')).toBe('yesterday');
    expect(ageOf(PIECE, utc('2017-10-22T20:00:00-05:00'), 'en')).toBe('yesterday');
  });

  it('handles month ends and leap days', () => {
    expect(ageOf('2017-01-31', utc('2017-02-28T12:00:00Z'), 'en')).toBe('1 month ago');
    expect(ageOf('2016-01-31', utc('2016-02-28T12:00:00Z'), 'en')).toBe('28 days ago');
    expect(ageOf('2016-02-29', utc('2017-02-28T12:00:00Z'), 'en')).toBe('1 year ago');
  });

  it('reads month-precision dates from the first of the month', () => {
    expect(ageOf('2014-01', utc('2025-11-26T00:00:00Z'), 'en')).toBe('11 years ago');
  });

  it('says a future date is ahead rather than lying', () => {
    expect(ageOf(PIECE, utc('2017-10-20T00:00:00Z'), 'en')).toBe('in 2 days');
  });

  it('returns an empty string for bad input', () => {
    expect(ageOf('2017-13-01', utc('2025-01-01T00:00:00Z'), 'en')).toBe('');
    expect(ageOf(PIECE, new Date('garbage'), 'en')).toBe('');
  });
});

describe('articleRelation and relativeToArticle', () => {
  it('is null when the article has no usable date', () => {
    expect(articleRelation(PIECE, null)).toBeNull();
    expect(relativeToArticle(PIECE, null, 'en')).toBeNull();
    expect(relativeToArticle(PIECE, new Date('garbage'), 'en')).toBeNull();
    expect(relativeToArticle('nonsense', utc('2020-01-01T00:00:00Z'), 'en')).toBeNull();
  });

  it('says how long before the article the piece was written', () => {
    expect(articleRelation(PIECE, utc('2020-11-03T10:00:00Z'))).toEqual({
      key: 'dateWrittenBefore',
      span: { amount: 3, unit: 'year' },
    });
    expect(relativeToArticle(PIECE, utc('2020-11-03T10:00:00Z'), 'en')).toBe(
      'written 3 years before this article',
    );
    expect(relativeToArticle(PIECE, utc('2018-10-21T10:00:00Z'), 'en')).toBe(
      'written 11 months before this article',
    );
    expect(relativeToArticle(PIECE, utc('2017-11-22T10:00:00Z'), 'en')).toBe(
      'written 1 month before this article',
    );
    expect(relativeToArticle(PIECE, utc('2017-10-23T00:00:00Z'), 'en')).toBe(
      'written 1 day before this article',
    );
  });

  it('says when the article is the older one, or from the same day', () => {
    expect(relativeToArticle(PIECE, utc('2017-10-21T23:59:59Z'), 'en')).toBe(
      'this article is older than the piece',
    );
    expect(relativeToArticle(PIECE, utc('2015-11-14T08:00:00Z'), 'en')).toBe(
      'this article is older than the piece',
    );
    expect(relativeToArticle(PIECE, utc('2017-10-22T00:00:00Z'), 'en')).toBe(
      'written the same day as this article',
    );
  });

  it('passes the key and a localised duration to the caller’s translator', () => {
    const calls: unknown[] = [];
    const translate = (key: string, substitutions?: string | string[]) => {
      calls.push([key, substitutions]);
      return `<${key}>`;
    };
    expect(relativeToArticle(PIECE, utc('2020-11-03T10:00:00Z'), 'es', translate)).toBe(
      '<dateWrittenBefore>',
    );
    expect(relativeToArticle(PIECE, utc('2016-01-01T00:00:00Z'), 'es', translate)).toBe('<dateArticleOlder>');
    expect(calls).toEqual([
      ['dateWrittenBefore', ['3 años']],
      ['dateArticleOlder', undefined],
    ]);
  });
});

describe('formatSpan and safeLocale', () => {
  it('formats bare durations in the locale', () => {
    expect(formatSpan({ amount: 1, unit: 'year' }, 'en')).toBe('1 year');
    expect(formatSpan({ amount: -2, unit: 'month' }, 'es')).toBe('2 meses');
    expect(formatSpan({ amount: 3, unit: 'day' }, 'ar')).toMatch(/[\u0600-\u06ff]/);
  });

  it('canonicalises usable tags and falls back to English otherwise', () => {
    expect(safeLocale('en_us')).toBe('en-US');
    expect(safeLocale('pt-BR')).toBe('pt-BR');
    expect(safeLocale('??')).toBe('en');
    expect(safeLocale(undefined as unknown as string)).toBe('en');
  });
});
