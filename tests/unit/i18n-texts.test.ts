import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/content/i18n/languages';
import { PIECE_TEXTS } from '@/content/i18n/piece-tables';
import type { PluralText } from '@/content/i18n/types';
import { UI_EN } from '@/content/i18n/ui/en';
import { UI_TABLES } from '@/content/i18n/ui-tables';
import { glossary, notes, REFERENCE_DATES } from '@/content/knowledge';

// Every text a reader can meet, in every language: same keys, same placeholders, the plural forms
// each language's rules ask for, and the facts (years, names) of the English kept.
const OTHERS = LANGUAGES.filter((l) => l !== 'en');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const isPlural = (value: unknown): value is PluralText => typeof value === 'object' && value !== null;
const years = (text: string) => [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => m[0]).sort();
const LATIN_NAMES = /\b(?:Google|Facebook|Twitter|Minniti|La Razón)\b/g;
const names = (text: string) => [...text.matchAll(LATIN_NAMES)].map((m) => m[0]).sort();

describe('interface tables', () => {
  for (const language of LANGUAGES) {
    const table = UI_TABLES[language];
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it(`${language}: every key of English, no other, none empty`, () => {
      expect(Object.keys(table).sort()).toEqual(Object.keys(UI_EN).sort());
      for (const [key, value] of Object.entries(table)) {
        const forms = isPlural(value) ? Object.values(value) : [value];
        for (const form of forms) expect(form.trim(), `${language} ${key}`).not.toBe('');
      }
    });

    it(`${language}: the same placeholders, and one plural form per Intl.PluralRules category`, () => {
      for (const [key, english] of Object.entries(UI_EN)) {
        const own = table[key as keyof typeof UI_EN];
        if (!isPlural(english)) {
          expect(typeof own, `${language} ${key}`).toBe('string');
          expect(placeholders(own as string), `${language} ${key}`).toEqual(placeholders(english as string));
          continue;
        }
        expect(isPlural(own), `${language} ${key}`).toBe(true);
        const forms = own as PluralText;
        expect(Object.keys(forms).sort(), `${language} ${key}`).toEqual([...categories].sort());
        // Every form may use only English's values; 'other' (any number) must show them all. A form
        // for exactly one or two may spell the number out, as Arabic does ("ملاحظتان").
        const allowed = new Set(Object.values(english).flatMap(placeholders));
        for (const form of Object.values(forms)) {
          for (const name of placeholders(form))
            expect(allowed.has(name), `${language} ${key} {${name}}`).toBe(true);
        }
        expect(placeholders(forms.other), `${language} ${key}`).toEqual(placeholders(english.other));
      }
    });
  }

  it('are translations, not copies of English', () => {
    for (const language of OTHERS) {
      const copied = Object.entries(UI_EN).filter(
        ([key, english]) =>
          typeof english === 'string' &&
          /\p{L}{2,}\s+\p{L}/u.test(english.replace(/\{\w+\}/g, '')) &&
          key !== 'toolbarLabel' &&
          UI_TABLES[language][key as keyof typeof UI_EN] === english,
      );
      expect(copied, language).toEqual([]);
    }
  });
});

describe('the piece in every language', () => {
  for (const language of OTHERS) {
    const texts = PIECE_TEXTS[language];

    it(`${language}: every note, with our translation exactly where the note quotes the piece`, () => {
      expect(Object.keys(texts.notes).sort()).toEqual(notes.map((n) => n.id).sort());
      for (const note of notes) {
        const own = texts.notes[note.id];
        expect(own?.paraphrase.trim(), `${language} ${note.id}`).toBeTruthy();
        expect(own?.paraphrase, `${language} ${note.id}`).not.toBe(note.paraphrase);
        expect(Boolean(own?.quotation), `${language} ${note.id} quotation`).toBe(Boolean(note.quotation));
        expect(own?.quotation, `${language} ${note.id}`).not.toBe(note.quotation);
      }
    });

    it(`${language}: every glossary term and every reference date, nothing extra`, () => {
      expect(Object.keys(texts.terms).sort()).toEqual(glossary.map((t) => t.id).sort());
      for (const term of glossary) {
        expect(texts.terms[term.id]?.label.trim(), `${language} ${term.id}`).toBeTruthy();
        expect(texts.terms[term.id]?.card, `${language} ${term.id}`).not.toBe(term.card);
      }
      expect(Object.keys(texts.dates).sort()).toEqual(Object.keys(REFERENCE_DATES).sort());
      for (const [key, event] of Object.entries(texts.dates)) expect(event.trim(), key).toBeTruthy();
    });

    it(`${language}: keeps the years and, in Latin script, the names of the English`, () => {
      const latin = language !== 'ar';
      for (const note of notes) {
        const own = texts.notes[note.id]?.paraphrase ?? '';
        expect(years(own), `${language} ${note.id}`).toEqual(years(note.paraphrase));
        if (latin) expect(names(own), `${language} ${note.id}`).toEqual(names(note.paraphrase));
      }
      for (const term of glossary) {
        const own = texts.terms[term.id]?.card ?? '';
        expect(years(own), `${language} ${term.id}`).toEqual(years(term.card));
        if (latin) expect(names(own), `${language} ${term.id}`).toEqual(names(term.card));
      }
    });
  }

  it('travel one language per script: each language entry point publishes its own tables only', () => {
    for (const language of OTHERS) {
      const source = readFileSync(`entrypoints/language-${language}.ts`, 'utf8');
      const imports = [...source.matchAll(/from '@\/content\/(?:i18n\/ui|knowledge\/texts)\/(\w+)'/g)].map(
        (m) => m[1],
      );
      expect(imports, language).toEqual([language, language]);
      expect(source).toContain(`publishTexts({ language: '${language}'`);
    }
  });

  it('stay out of the overlay bundle: the overlay imports English only', () => {
    const sources = [
      'components/overlay/use-localiser.ts',
      'content/i18n/localise.ts',
      'content/i18n/texts.ts',
    ];
    for (const file of sources) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/ui-tables|piece-tables|ui\/(?:es|fr|de|it|ar)'/);
    }
  });
});
