import { describe, expect, it } from 'vitest';
import { noteById, notes, termById } from '@/content/knowledge';
import { phrasesByLanguage } from '@/content/knowledge/phrase-list';
import type { Language } from '@/content/types';
import { matchesOnWordEdges, matchKey, pieceParagraphs } from './piece-fixture';

const LANGUAGES: Language[] = ['en', 'es', 'fr', 'it', 'de', 'ar'];
// Matchers take cues as plain text; these characters would mean something else to a regex builder,
// and apostrophes differ between pages (' or ’), so a cue containing one would silently miss. A dot
// is allowed only as a thousands separator ('15.000').
const UNSAFE = /[*+?^${}()|[\]\\'"’‘“”]|\.(?!\d{3}\b)|(?<!\d)\./;

describe('phrasesByLanguage', () => {
  it('splits on commas, trims, lower-cases and keeps thousands separators', () => {
    const lists = phrasesByLanguage({
      en: ' Raqqa , fall of,,15,000, 20,000',
      es: 'a',
      fr: 'b',
      it: 'c',
      de: 'd',
      ar: 'e',
    });
    expect(lists.en).toEqual(['raqqa', 'fall of', '15,000', '20,000']);
  });
});

describe('placement cues', () => {
  it.each(notes.map((note) => [note.id]))('%s has at least five cues in each of the six languages', (id) => {
    const note = noteById(id);
    for (const language of LANGUAGES)
      expect(note?.cues[language]?.length ?? 0, language).toBeGreaterThanOrEqual(5);
  });

  it('are clean plain text: lower-case, trimmed, short, unique within a note', () => {
    for (const note of notes) {
      for (const language of LANGUAGES) {
        const cues = note.cues[language] ?? [];
        // 'cyber-attack' and 'cyberattack' are one phrase to the matcher: listing both would count it twice.
        expect(new Set(cues.map(matchKey)).size, `${note.id} ${language}`).toBe(cues.length);
        for (const cue of cues) {
          expect(cue, note.id).toBe(cue.toLowerCase().trim());
          expect(cue, note.id).not.toMatch(UNSAFE);
          expect(cue.split(/\s+/).length, `${note.id}: ${cue}`).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('are translated, not copies of the English list', () => {
    for (const note of notes) {
      const english = new Set(note.cues.en);
      for (const language of ['es', 'fr', 'it', 'de'] as const) {
        const own = (note.cues[language] ?? []).filter((cue) => !english.has(cue));
        expect(own.length, `${note.id} ${language}`).toBeGreaterThanOrEqual(3);
      }
      for (const cue of note.cues.ar ?? []) expect(cue, note.id).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('never use a bare name of the group, which would pull every note onto every paragraph', () => {
    const names = new Set(
      Object.values(termById('islamic-state')?.aliases ?? {})
        .flat()
        .map(matchKey),
    );
    names.add('is');
    for (const note of notes) {
      for (const language of LANGUAGES) {
        for (const cue of note.cues[language] ?? [])
          expect(names.has(matchKey(cue)), `${note.id}: ${cue}`).toBe(false);
      }
    }
  });

  it('are specific: no cue is shared by more than two notes in a language', () => {
    for (const language of LANGUAGES) {
      const owners = new Map<string, string[]>();
      for (const note of notes) {
        for (const cue of note.cues[language] ?? []) {
          const key = matchKey(cue);
          owners.set(key, [...new Set([...(owners.get(key) ?? []), note.id])]);
        }
      }
      for (const [cue, ids] of owners)
        expect(ids.length, `${language} "${cue}": ${ids.join(', ')}`).toBeLessThanOrEqual(2);
    }
  });

  it.each(notes.map((note) => [note.id]))(
    '%s finds a home in its own paragraph of the piece, as good as any other',
    (id) => {
      const note = noteById(id);
      const hits = pieceParagraphs.map(
        (paragraph) => (note?.cues.en ?? []).filter((cue) => matchesOnWordEdges(cue, paragraph)).length,
      );
      const own = hits[(note?.paragraph ?? 0) - 1] ?? 0;
      expect(own).toBeGreaterThan(0);
      expect(own).toBe(Math.max(...hits));
    },
  );
});

describe('the word-edge matcher used by these tests', () => {
  it('matches whole words and phrases only, across case and punctuation', () => {
    expect(matchesOnWordEdges('raqqa', 'The fall of Raqqa, in October')).toBe(true);
    expect(matchesOnWordEdges('fell', 'Raqqa fellows')).toBe(false);
    expect(matchesOnWordEdges('15,000', 'about 15,000 fighters')).toBe(true);
    expect(matchesOnWordEdges('الرقة', 'سقوط الرقة في')).toBe(true);
  });
});
