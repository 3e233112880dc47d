import { describe, expect, it } from 'vitest';
import { aliasesOf, cuesOf, notes } from '@/content/knowledge';
import '@/content/knowledge/languages/all';
import { matterOf, phrasesOf, placingCues } from '@/content/knowledge/phrase-list';
import type { Language, Matter } from '@/content/types';
import { matchesOnWordEdges, matchKey } from './piece-fixture';

const LANGUAGES: Language[] = ['en', 'es', 'fr', 'it', 'de', 'ar'];
// Matchers take cues as plain text; these characters would mean something else to a regex builder,
// and apostrophes differ between pages (' or ’), so a cue containing one would silently miss. A dot
// is allowed only as a thousands separator ('15.000').
/** Every phrase of a matter, the `not` ones too: all of them go to the matcher. */
const everyCue = (matter: Matter | undefined) => [...placingCues(matter), ...(matter?.not ?? [])];
const UNSAFE = /[*+?^${}()|[\]\\'"’‘“”]|\.(?!\d{3}\b)|(?<!\d)\./;

describe('phrasesOf', () => {
  it('splits on commas, trims, lower-cases and keeps thousands separators', () => {
    expect(phrasesOf(' Raqqa , fall of,,15,000, 20,000')).toEqual(['raqqa', 'fall of', '15,000', '20,000']);
    expect(phrasesOf('')).toEqual([]);
  });
});

describe('matterOf', () => {
  it('splits facets on semicolons and keeps the other senses apart', () => {
    const matter = matterOf('Raqqa, mosul; fell, recaptured; not: mosul dam');
    expect(matter).toEqual({
      needs: [
        ['raqqa', 'mosul'],
        ['fell', 'recaptured'],
      ],
      not: ['mosul dam'],
    });
    expect(matterOf('f; not: g')).toEqual({ needs: [['f']], not: ['g'] });
    expect(matterOf('')).toEqual({ needs: [], not: [] });
    expect(placingCues(matter)).toEqual(['raqqa', 'mosul', 'fell', 'recaptured']);
  });
});

describe('placement cues', () => {
  it.each(notes.map((note) => [note.id]))('%s has at least five cues in each of the six languages', (id) => {
    for (const language of LANGUAGES)
      expect(placingCues(cuesOf(id, language)).length, language).toBeGreaterThanOrEqual(5);
  });

  it('are clean plain text: lower-case, trimmed, short, unique within a note', () => {
    for (const note of notes) {
      for (const language of LANGUAGES) {
        const cues = everyCue(cuesOf(note.id, language));
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
      const english = new Set(everyCue(cuesOf(note.id, 'en')));
      for (const language of ['es', 'fr', 'it', 'de'] as const) {
        const own = everyCue(cuesOf(note.id, language)).filter((cue) => !english.has(cue));
        expect(own.length, `${note.id} ${language}`).toBeGreaterThanOrEqual(3);
      }
      for (const cue of everyCue(cuesOf(note.id, 'ar'))) expect(cue, note.id).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('never use a bare name of the group, which would pull every note onto every paragraph', () => {
    const names = new Set(
      LANGUAGES.flatMap((language) => aliasesOf('islamic-state', language)).map(matchKey),
    );
    names.add('is');
    for (const note of notes) {
      for (const language of LANGUAGES) {
        for (const cue of everyCue(cuesOf(note.id, language)))
          expect(names.has(matchKey(cue)), `${note.id}: ${cue}`).toBe(false);
      }
    }
  });

  it('are specific: no cue is shared by more than two notes in a language', () => {
    for (const language of LANGUAGES) {
      const owners = new Map<string, string[]>();
      for (const note of notes) {
        for (const cue of placingCues(cuesOf(note.id, language))) {
          const key = matchKey(cue);
          owners.set(key, [...new Set([...(owners.get(key) ?? []), note.id])]);
        }
      }
      for (const [cue, ids] of owners)
        expect(ids.length, `${language} "${cue}": ${ids.join(', ')}`).toBeLessThanOrEqual(2);
    }
  });

  // Cues describe news about the claim's matter, not the piece's own wording: where they land is
  // measured against labelled paragraphs (npm run eval:notes). What must hold for every note is
  // that one word never places it.
  it.each(notes.map((note) => [note.id]))('%s needs two facets, or phrases of two words or more', (id) => {
    for (const language of LANGUAGES) {
      const matter = cuesOf(id, language);
      expect(matter?.needs.length, language).toBeGreaterThanOrEqual(1);
      if ((matter?.needs.length ?? 0) >= 2) continue;
      for (const cue of placingCues(matter))
        expect(cue.split(/[\s-]+/).length, `${language}: ${cue}`).toBeGreaterThan(1);
    }
  });
});

describe('the word-edge matcher used by these tests', () => {
  it('matches whole words and phrases only, across case and punctuation', () => {
    expect(matchesOnWordEdges('raqqa', 'The fall of Raqqa, in October')).toBe(true);
    expect(matchesOnWordEdges('fell', 'Raqqa fellows')).toBe(false);
    expect(matchesOnWordEdges('15,000', 'about 15,000 fighters')).toBe(true);
    expect(matchesOnWordEdges('الرقة', 'سقوط الرقة في')).toBe(true);
  });
});
