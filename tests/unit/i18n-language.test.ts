import { describe, expect, it } from 'vitest';
import { detect } from '@/content/detect/detect';
import { chooseLanguage, directionOf, localeFor, ourLanguage } from '@/content/i18n/languages';
import { createLocaliser, ENGLISH } from '@/content/i18n/localise';
import { PIECE_TEXTS } from '@/content/i18n/piece-tables';
import { localiseReason } from '@/content/i18n/reasons';
import { UI_TABLES } from '@/content/i18n/ui-tables';
import { noteById, REFERENCE_DATES, termById } from '@/content/knowledge';
import { settingOrDefault } from '@/utils/settings-core/schema';

const localiser = (language: 'es' | 'ar' | 'fr' | 'de' | 'it') =>
  createLocaliser({ language, ui: UI_TABLES[language], piece: PIECE_TEXTS[language] });

describe('which language the overlay speaks', () => {
  it("follows the page's language whatever the browser's", () => {
    expect(chooseLanguage('auto', ['es'], 'en-US')).toBe('es');
    expect(chooseLanguage('auto', ['ar-EG'], 'de-DE')).toBe('ar');
    expect(chooseLanguage('auto', ['', 'fr-CA'], 'en')).toBe('fr');
  });

  it("falls back to the browser's language, then English, where the page's is unknown or not ours", () => {
    expect(chooseLanguage('auto', ['pt-BR'], 'it-IT')).toBe('it');
    expect(chooseLanguage('auto', [undefined, ''], 'de_AT')).toBe('de');
    expect(chooseLanguage('auto', ['pt'], 'ja')).toBe('en');
    expect(chooseLanguage(undefined, [], '')).toBe('en');
  });

  it("lets the reader's setting override both", () => {
    expect(chooseLanguage('de', ['es'], 'fr')).toBe('de');
    expect(chooseLanguage('en', ['ar'], 'ar')).toBe('en');
  });

  it('names only our languages, and writes Arabic right to left', () => {
    expect(ourLanguage('ES')).toBe('es');
    expect(ourLanguage('eso')).toBeNull();
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
    expect(localeFor('en', 'en-GB')).toBe('en-GB');
    expect(localeFor('es', 'en-GB')).toBe('es');
  });

  it('is a setting with a safe default: anything but auto or one of the six falls back to auto', () => {
    expect(settingOrDefault('language', 'ar')).toBe('ar');
    expect(settingOrDefault('language', undefined)).toBe('auto');
    expect(settingOrDefault('language', 'pt')).toBe('auto');
    expect(settingOrDefault('language', { es: true })).toBe('auto');
  });
});

describe('a localiser', () => {
  it('picks the plural form by the language’s rules, with its own digits', () => {
    const ar = localiser('ar');
    expect(ar.ui('notesCount', { count: 1 })).toBe('ملاحظة واحدة');
    expect(ar.ui('notesCount', { count: 2 })).toBe('ملاحظتان');
    expect(ar.ui('notesCount', { count: 3 })).toMatch(/ملاحظات$/);
    expect(ar.ui('notesCount', { count: 11 })).toMatch(/ملاحظة$/);
    expect(localiser('es').ui('notesCount', { count: 1 })).toBe('1 nota');
    expect(localiser('es').ui('notesCount', { count: 4 })).toBe('4 notas');
    expect(ENGLISH.ui('notesCount', { count: 1 })).toBe('1 note');
  });

  it('gives a note in the language with the quotation in English and our translation beside it', () => {
    const note = noteById('weakened-not-defeated');
    if (!note) throw new Error('no note');
    const es = localiser('es').note(note);
    expect(es.paraphrase).toMatch(/^El autor advierte/);
    expect(es.quotation).toBe(note.quotation);
    expect(es.translation).toBe('gravemente debilitado, pero no derrotado del todo');
    expect(ENGLISH.note(note)).toEqual({ paraphrase: note.paraphrase, quotation: note.quotation });
  });

  it('names terms and events in the language, and falls back to English for an unknown event', () => {
    const term = termById('caliphate');
    if (!term) throw new Error('no term');
    expect(localiser('fr').term(term).label).toBe('califat');
    expect(localiser('ar').event(REFERENCE_DATES.mosulCaptured)).toBe('التنظيم يستولي على الموصل');
    expect(localiser('ar').event({ event: 'Something new', date: '2020-01-01' })).toBe('Something new');
  });

  it("says the detector's reasons in the language, isolating the page's own spelling", () => {
    const es = localiser('es');
    expect(localiseReason('“Estado Islámico” ×6: headline, lead, 4 paragraphs', es)).toBe(
      '«\u2068Estado Islámico\u2069» ×6: titular, entradilla, 4 párrafos',
    );
    expect(localiseReason('claimed by or blamed on the group', es)).toBe(
      'reivindicado por el grupo o atribuido a él',
    );
    expect(localiseReason('score 4.5 ≥ 3 (normal)', localiser('fr'))).toBe('score 4,5 ≥ 3 (normale)');
    expect(localiseReason('a reason of a new kind', es)).toBe('a reason of a new kind');
    expect(localiseReason('claimed by or blamed on the group', ENGLISH)).toBe(
      'claimed by or blamed on the group',
    );
  });

  it('knows every kind of reason the detector gives', () => {
    const paragraphs = [
      'Islamic State claimed the suicide bombing in Mosul, its news agency Amaq said.',
      'The caliphate the group declared in 2014 has collapsed, yet its jihadists fight on.',
    ].map((text) => Object.assign(document.createElement('p'), { textContent: text }));
    const page = { root: null, headline: 'Militants attack checkpoint', lead: '', paragraphs };
    const { reasons } = detect({ ...page, language: 'en', published: null, isArticle: true }, 'normal');
    expect(reasons.length).toBeGreaterThanOrEqual(5);
    for (const language of ['es', 'fr', 'de', 'it', 'ar'] as const)
      for (const reason of reasons) expect(localiseReason(reason, localiser(language))).not.toBe(reason);
  });
});
