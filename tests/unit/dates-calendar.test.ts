import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, calendarDateOf, parseIsoDate, spanBetween } from '@/content/dates/dates-calendar';

const day = (iso: string): CalendarDate => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return date;
};
const span = (from: string, to: string) => spanBetween(day(from), day(to));

describe('parseIsoDate', () => {
  it('reads day and month precision', () => {
    expect(parseIsoDate('2017-10-22')).toEqual({ year: 2017, month: 10, day: 22, precision: 'day' });
    expect(parseIsoDate('2014-01')).toEqual({ year: 2014, month: 1, day: 1, precision: 'month' });
    expect(parseIsoDate('2016-02-29')?.day).toBe(29);
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of [
      '2017-02-29',
      '2017-13-01',
      '2017-00-10',
      '2017-04-31',
      '17-10-22',
      '2017-10-22T00:00Z',
      '',
      '2017/10/22',
    ]) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
    expect(parseIsoDate(undefined as unknown as string)).toBeNull();
    expect(parseIsoDate(20171022 as unknown as string)).toBeNull();
  });
});

describe('calendarDateOf', () => {
  it('takes the UTC calendar day of an instant, whatever the offset it was written with', () => {
    expect(calendarDateOf(new Date('2017-10-21T23:30:00-05:00'))).toMatchObject({
      year: 2017,
      month: 10,
      day: 22,
    });
    expect(calendarDateOf(new Date('2017-10-22T00:30:00+02:00'))).toMatchObject({
      year: 2017,
      month: 10,
      day: 21,
    });
  });

  it('returns null for an invalid Date', () => {
    expect(calendarDateOf(new Date('not a date'))).toBeNull();
    expect(calendarDateOf('2017-10-22' as unknown as Date)).toBeNull();
  });
});

describe('spanBetween', () => {
  it('counts a year only when the anniversary is reached', () => {
    expect(span('2016-10-22', '2017-10-22')).toEqual({ amount: 1, unit: 'year' });
    expect(span('2016-10-23', '2017-10-22')).toEqual({ amount: 11, unit: 'month' });
    expect(span('2017-10-22', '2025-10-21')).toEqual({ amount: 7, unit: 'year' });
    expect(span('2017-10-22', '2025-10-22')).toEqual({ amount: 8, unit: 'year' });
  });

  it('clamps month ends: Jan 31 plus a month is the last day of February', () => {
    expect(span('2017-01-31', '2017-02-28')).toEqual({ amount: 1, unit: 'month' });
    expect(span('2017-01-31', '2017-02-27')).toEqual({ amount: 27, unit: 'day' });
    expect(span('2016-01-31', '2016-02-29')).toEqual({ amount: 1, unit: 'month' });
    expect(span('2016-01-31', '2016-02-28')).toEqual({ amount: 28, unit: 'day' });
    expect(span('2017-03-31', '2017-04-30')).toEqual({ amount: 1, unit: 'month' });
  });

  it('handles leap days and year ends', () => {
    expect(span('2016-02-29', '2017-02-28')).toEqual({ amount: 1, unit: 'year' });
    expect(span('2016-02-29', '2017-02-27')).toEqual({ amount: 11, unit: 'month' });
    expect(span('2016-02-28', '2016-03-01')).toEqual({ amount: 2, unit: 'day' });
    expect(span('2017-02-28', '2017-03-01')).toEqual({ amount: 1, unit: 'day' });
    expect(span('2016-12-31', '2017-01-01')).toEqual({ amount: 1, unit: 'day' });
  });

  it('is signed: negative when the second date is earlier', () => {
    expect(span('2017-10-22', '2016-10-22')).toEqual({ amount: -1, unit: 'year' });
    expect(span('2017-10-22', '2017-10-20')).toEqual({ amount: -2, unit: 'day' });
    expect(span('2017-10-22', '2017-10-22')).toEqual({ amount: 0, unit: 'day' });
  });

  const anyDay = fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true })
    .map((instant) => calendarDateOf(instant) as CalendarDate);

  it('is antisymmetric and keeps each unit in its range', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        const forward = spanBetween(a, b);
        const backward = spanBetween(b, a);
        expect(backward.unit).toBe(forward.unit);
        expect(backward.amount + forward.amount).toBe(0);
        const size = Math.abs(forward.amount);
        if (forward.unit === 'day') expect(size).toBeLessThanOrEqual(30);
        if (forward.unit === 'month') expect(size >= 1 && size <= 11).toBe(true);
        if (forward.unit === 'year') expect(size).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('never shrinks as the later date moves on', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 1, max: 400 }),
        (from, gap, step) => {
          const at = (days: number) =>
            calendarDateOf(new Date(Date.UTC(from.year, from.month - 1, from.day + days))) as CalendarDate;
          const near = spanBetween(from, at(gap));
          const far = spanBetween(from, at(gap + step));
          const order = ['day', 'month', 'year'];
          expect(order.indexOf(far.unit)).toBeGreaterThanOrEqual(order.indexOf(near.unit));
          if (far.unit === near.unit) expect(far.amount).toBeGreaterThanOrEqual(near.amount);
        },
      ),
    );
  });
});
