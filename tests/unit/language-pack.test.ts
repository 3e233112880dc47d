import { afterEach, describe, expect, it } from 'vitest';
import { adoptLanguage, publishLanguage } from '@/content/knowledge/language-pack';
import type { GlossaryTerm, Note } from '@/content/types';
import { keepLanguages } from '@/scripts/vite-language-packs';

const note = (cues: Note['cues']): Note => ({
  id: 'n1',
  kind: 'claim',
  paragraph: 1,
  paraphrase: 'p',
  referenceDates: [],
  terms: [],
  cues,
});
/** A matter of one facet and one cue. */
const m = (cue: string) => ({ needs: [[cue]], not: [] });
const term = (aliases: GlossaryTerm['aliases']): GlossaryTerm => ({
  id: 't1',
  label: 'T',
  aliases,
  card: 'c',
  notes: [],
});

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('context-margin.language.es')];
});

describe('language packs', () => {
  it('carry one language from a complete pack to one that has English only', () => {
    publishLanguage(
      'es',
      [note({ en: m('fell'), es: m('cayó') })],
      [term({ en: ['isis'], es: ['estado islámico'] })],
    );
    const notes = [note({ en: m('fell') })];
    const glossary = [term({ en: ['isis'] })];
    adoptLanguage('es', notes, glossary);
    expect(notes[0]?.cues).toEqual({ en: m('fell'), es: m('cayó') });
    expect(glossary[0]?.aliases).toEqual({ en: ['isis'], es: ['estado islámico'] });
  });

  it('change nothing when no pack was published, or when the data is already there', () => {
    const notes = [note({ en: m('fell') })];
    adoptLanguage('es', notes, []);
    expect(notes[0]?.cues).toEqual({ en: m('fell') });
    publishLanguage('es', [note({ es: m('other') })], []);
    const complete = [note({ es: m('cayó') })];
    adoptLanguage('es', complete, []);
    expect(complete[0]?.cues.es).toEqual(m('cayó'));
  });
});

describe('keepLanguages (the build step)', () => {
  const source = [
    '    cues: phrasesByLanguage({',
    "      en: 'fell, fall of raqqa',",
    "      es: 'cayó, caída',",
    "      ar: 'سقوط',",
    '    }),',
    "    paraphrase: 'en: not a language line',",
    '',
  ].join('\n');

  it('keeps only the named languages’ lines, and every other line as it was', () => {
    expect(keepLanguages(source, ['es'])).toBe(
      [
        '    cues: phrasesByLanguage({',
        "      es: 'cayó, caída',",
        '    }),',
        "    paraphrase: 'en: not a language line',",
        '',
      ].join('\n'),
    );
    expect(keepLanguages(source, ['en', 'es', 'ar'])).toBe(source);
  });
});
