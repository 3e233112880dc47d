import { afterEach, describe, expect, it } from 'vitest';
import { glossary, notes } from '@/content/knowledge';
import { aliasesOf, cuesOf, registerLanguage } from '@/content/knowledge/language-lookup';
import { type LanguagePack, publishedLanguage, publishLanguage } from '@/content/knowledge/language-pack';
import { AR } from '@/content/knowledge/languages/ar';
import { DE } from '@/content/knowledge/languages/de';
import { EN } from '@/content/knowledge/languages/en';
import { ES } from '@/content/knowledge/languages/es';
import { FR } from '@/content/knowledge/languages/fr';
import { IT } from '@/content/knowledge/languages/it';

const NONE = { needs: [], not: [] };

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('context-margin.language.es')];
});

describe('language lookup', () => {
  it('has English from the start, and no other language until its pack is published', () => {
    expect(cuesOf('raqqa-mosul-fallen', 'en').not).toEqual(['mosul dam']);
    expect(aliasesOf('raqqa', 'en')).toEqual(['raqqa', 'raqqah', 'rakka']);
    expect(publishedLanguage('es')).toBeUndefined();
    expect(cuesOf('raqqa-mosul-fallen', 'es')).toEqual(NONE);
    expect(aliasesOf('jihad', 'es')).toEqual([]);
    expect(cuesOf('no-such-note', 'en')).toEqual(NONE);
  });

  it('reads the pack a language script published, and only for that language', () => {
    publishLanguage('es', ES);
    expect(publishedLanguage('es')).toBe(ES);
    expect(cuesOf('raqqa-mosul-fallen', 'es').not).toEqual(['presa de mosul']);
    expect(aliasesOf('jihad', 'es')).toContain('yihadistas');
    expect(aliasesOf('jihad', 'de')).toEqual([]);
    expect(aliasesOf('jihad', 'en')).not.toContain('yihadistas');
  });

  it('leaves the notes and the glossary as written', () => {
    const before = JSON.stringify([notes, glossary]);
    publishLanguage('es', ES);
    for (const note of notes) cuesOf(note.id, 'es');
    for (const term of glossary) aliasesOf(term.id, 'es');
    expect(JSON.stringify([notes, glossary])).toBe(before);
    expect(before).not.toContain('yihad');
  });

  it('skips what is not a line in a published pack', () => {
    publishLanguage('es', { cues: { 'raqqa-mosul-fallen': 42 }, aliases: null } as unknown as LanguagePack);
    expect(cuesOf('raqqa-mosul-fallen', 'es')).toEqual(NONE);
    expect(aliasesOf('jihad', 'es')).toEqual([]);
    publishLanguage('es', {} as LanguagePack);
    expect(aliasesOf('constructor', 'es')).toEqual([]);
  });

  // Registering lasts for the rest of this file: this test comes last.
  it('lets the pack registered last win, then the published one', () => {
    publishLanguage('es', { cues: { n1: 'publicado' }, aliases: { t1: 'Publicado, otro' } });
    expect(aliasesOf('t1', 'es')).toEqual(['publicado', 'otro']);
    registerLanguage('es', { cues: { n1: 'primero' }, aliases: {} });
    registerLanguage('es', { cues: { n1: 'segundo; not: tercero' }, aliases: {} });
    expect(cuesOf('n1', 'es')).toEqual({ needs: [['segundo']], not: ['tercero'] });
    expect(aliasesOf('t1', 'es')).toEqual(['publicado', 'otro']);
  });
});

describe('the language modules', () => {
  const PACKS = { en: EN, es: ES, fr: FR, it: IT, de: DE, ar: AR };

  // A line under a misspelt id would be silently unused: each module has one line per note and term.
  it('have a line for every note and term, and for nothing else', () => {
    const noteIds = notes.map((note) => note.id).sort();
    const termIds = glossary.map((term) => term.id).sort();
    for (const [language, pack] of Object.entries(PACKS)) {
      expect(Object.keys(pack.cues).sort(), language).toEqual(noteIds);
      expect(Object.keys(pack.aliases).sort(), language).toEqual(termIds);
    }
  });
});
