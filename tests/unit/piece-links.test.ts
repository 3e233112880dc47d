import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '@/content/dates/dates-calendar';
import { glossary, notes, REFERENCE_DATES, source, termById } from '@/content/knowledge';
import { isoDatesIn, referenceDateRows } from './piece-fixture';

describe('note ↔ term links', () => {
  it('every term a note names exists, once per note', () => {
    for (const note of notes) {
      expect(new Set(note.terms).size, note.id).toBe(note.terms.length);
      for (const id of note.terms) expect(termById(id), `${note.id} → ${id}`).toBeDefined();
    }
  });

  it('every term links back to exactly the notes that name it', () => {
    for (const term of glossary) {
      const naming = notes.filter((note) => note.terms.includes(term.id)).map((note) => note.id);
      expect(term.notes, term.id).toEqual(naming);
    }
  });

  it('no term is an orphan: each card has at least one note to show', () => {
    for (const term of glossary) expect(term.notes.length, term.id).toBeGreaterThan(0);
  });
});

describe('reading the README date cells', () => {
  it('understands single days, months, day ranges and spans', () => {
    expect(isoDatesIn('22 Oct 2017')).toEqual(['2017-10-22']);
    expect(isoDatesIn('Jan 2014')).toEqual(['2014-01']);
    expect(isoDatesIn('17–18 Aug 2017')).toEqual(['2017-08-17', '2017-08-18']);
    expect(isoDatesIn('12 Dec 2016 – 1 Jun 2018')).toEqual(['2016-12-12', '2018-06-01']);
    expect(isoDatesIn('17 Oct 2017 (formally declared 20 Oct)')).toEqual(['2017-10-17', '2017-10-20']);
  });
});

describe('reference dates', () => {
  const rows = referenceDateRows();
  const readmeDates = new Set(rows.flatMap(([, cell]) => isoDatesIn(cell)));
  const table = Object.values(REFERENCE_DATES);

  it('come from the README table, which has fifteen rows', () => {
    expect(rows).toHaveLength(15);
    for (const { event, date } of table) expect(readmeDates, `${event} ${date}`).toContain(date);
  });

  it('cover every row of the README table', () => {
    const ours = new Set<string>(table.map((entry) => entry.date));
    for (const [event, cell] of rows) {
      const first = isoDatesIn(cell)[0];
      expect(first, event).toBeDefined();
      expect(ours, event).toContain(first);
    }
  });

  it('are valid calendar dates, none after the piece except the end of Minniti’s term', () => {
    for (const { event, date } of table) {
      expect(parseIsoDate(date), `${event} ${date}`).not.toBeNull();
      if (date > source.published) expect(event).toMatch(/Minniti/);
    }
  });

  it('on notes are entries of the table, never ad-hoc dates', () => {
    const known = new Set<object>(table);
    for (const note of notes) {
      for (const reference of note.referenceDates) expect(known.has(reference), note.id).toBe(true);
    }
  });

  it('appear where the piece names the event', () => {
    const datesOf = (id: string) =>
      notes.find((note) => note.id === id)?.referenceDates.map((entry) => entry.date);
    expect(datesOf('raqqa-mosul-fallen')).toContain('2017-10-17');
    expect(datesOf('gaddafi-vacuum')).toEqual(['2011-03-19', '2011-10-20']);
    expect(datesOf('minniti-platforms')).toContain('2016-12-12');
    expect(datesOf('intelligence-role')).toHaveLength(6);
  });
});
