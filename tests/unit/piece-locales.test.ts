import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_DATE_MESSAGES, relativeToArticle, type Translate } from '@/content/dates/dates';
import { ENGLISH_FRAME_MESSAGES } from '@/content/dates/time-frame';

interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type LocaleFile = Record<string, LocaleMessage>;

const load = (language: string): LocaleFile =>
  JSON.parse(readFileSync(resolve(__dirname, `../../public/_locales/${language}/messages.json`), 'utf8'));
const en = load('en');
const es = load('es');

/** What browser.i18n.getMessage does with named placeholders and positional substitutions. */
function translatorFor(file: LocaleFile): Translate {
  return (key, substitutions) => {
    const entry = file[key];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
      return content.replace(/\$(\d)/g, (_match, digit: string) => values[Number(digit) - 1] ?? '');
    });
  };
}

const NOTE_KEYS = [
  'kindArgument',
  'kindClaim',
  'kindPrediction',
  'noteFromThePiece',
  'noteQuotation',
  'noteReferenceDate',
  'noteReferenceDateHint',
  'noteWhyHere',
  'noteTermNotes',
  'noteSourceGenre',
  'noteOriginalLanguage',
  ...Object.keys(ENGLISH_DATE_MESSAGES),
  ...Object.keys(ENGLISH_FRAME_MESSAGES),
];

describe('locale files', () => {
  it('have the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in both languages, each one defined', () => {
    for (const [key, entry] of Object.entries(en)) {
      const names = (file: LocaleFile) =>
        [...(file[key]?.message ?? '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)]
          .map((m) => (m[1] ?? '').toLowerCase())
          .sort();
      expect(names(es), key).toEqual(names(en));
      for (const name of names(en)) expect(entry.placeholders?.[name], `${key} $${name}$`).toBeDefined();
    }
  });

  it('hold every note, kind and date string, translated into Spanish', () => {
    for (const key of NOTE_KEYS) {
      expect(en[key]?.message, key).toBeTruthy();
      expect(es[key]?.message, key).toBeTruthy();
      expect(es[key]?.message, key).not.toBe(en[key]?.message);
    }
  });
});

describe('article-relative wording through the locale files', () => {
  const article = new Date('2020-11-03T10:00:00Z');

  it('matches the built-in English fallback word for word', () => {
    const viaLocale = translatorFor(en);
    for (const date of [article, new Date('2016-01-01T00:00:00Z'), new Date('2017-10-22T12:00:00Z')]) {
      expect(relativeToArticle('2017-10-22', date, 'en', viaLocale)).toBe(
        relativeToArticle('2017-10-22', date, 'en'),
      );
    }
  });

  it('reads naturally in Spanish', () => {
    const spanish = translatorFor(es);
    expect(relativeToArticle('2017-10-22', article, 'es', spanish)).toBe(
      'escrito 3 años antes de este artículo',
    );
    expect(relativeToArticle('2017-10-22', new Date('2016-05-01T00:00:00Z'), 'es', spanish)).toBe(
      'este artículo es anterior al artículo de opinión',
    );
  });
});
