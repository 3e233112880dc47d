import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeToArticle } from '@/content/dates/dates';
import { LANGUAGES } from '@/content/i18n/languages';
import { createLocaliser } from '@/content/i18n/localise';
import { UI_TABLES } from '@/content/i18n/ui-tables';

interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type LocaleFile = Record<string, LocaleMessage>;

const dir = resolve(__dirname, '../../public/_locales');
const load = (language: string): LocaleFile =>
  JSON.parse(readFileSync(`${dir}/${language}/messages.json`, 'utf8'));
const en = load('en');
const named = (text: string) =>
  [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
const positional = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]);

// Words that are the same in both languages: French says “score” too.
const SAME_ON_PURPOSE: Record<string, string[]> = { fr: ['statusScore'] };

describe('locale files (popup, manifest, command)', () => {
  it('exist for exactly our six languages', () => {
    expect(readdirSync(dir).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const language of LANGUAGES) {
    it(`${language}: has the same keys as English, each with text and the same placeholders`, () => {
      const file = load(language);
      expect(Object.keys(file).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en)) {
        const own = file[key]?.message ?? '';
        expect(own.trim(), `${language} ${key}`).not.toBe('');
        expect(positional(own).sort(), `${language} ${key}`).toEqual(positional(entry.message).sort());
        expect(named(own).sort(), `${language} ${key}`).toEqual(named(entry.message).sort());
        for (const name of named(own))
          expect(file[key]?.placeholders?.[name], `${key} $${name}$`).toBeDefined();
      }
    });
  }

  it('are translated: no language but English keeps the English of a sentence', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const file = load(language);
      const same = Object.keys(en).filter(
        (key) =>
          key !== 'extName' &&
          !(SAME_ON_PURPOSE[language] ?? []).includes(key) &&
          file[key]?.message === en[key]?.message &&
          /\s/.test(en[key]?.message ?? ''),
      );
      // The brand name stays; any other text of more than one word is a sentence to translate.
      expect(same, language).toEqual([]);
    }
  });
});

describe('article-relative wording through the overlay tables', () => {
  const article = new Date('2020-11-03T10:00:00Z');
  const sentence = (language: keyof typeof UI_TABLES, date: Date) => {
    const l = createLocaliser({ language, ui: UI_TABLES[language], piece: null });
    const translate = (key: string, values?: string | string[]) =>
      l.ui(key as 'dateSameDay', { duration: [values ?? ''].flat()[0] ?? '' });
    return relativeToArticle('2017-10-22', date, language, translate);
  };

  it('matches the built-in English fallback word for word', () => {
    for (const date of [article, new Date('2016-01-01T00:00:00Z'), new Date('2017-10-22T12:00:00Z')]) {
      expect(sentence('en', date)).toBe(relativeToArticle('2017-10-22', date, 'en'));
    }
  });

  it('reads naturally in Spanish, German and Arabic', () => {
    expect(sentence('es', article)).toBe('escrito 3 años antes de este artículo');
    expect(sentence('es', new Date('2016-05-01T00:00:00Z'))).toBe(
      'este artículo es anterior al artículo de opinión',
    );
    expect(sentence('de', article)).toBe('3 Jahre vor diesem Artikel geschrieben');
    expect(sentence('ar', article)).toMatch(/^كُتب قبل هذا المقال بـ/);
  });
});
