import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const english = load('en');
const OURS = /^(popup|setting|status)[A-Z]/;
const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('popup strings', () => {
  for (const language of ['es', 'fr', 'de', 'it', 'ar']) {
    it(`exist in English and ${language} alike, with the same placeholders`, () => {
      const other = load(language);
      const keys = Object.keys(english).filter((key) => OURS.test(key));
      expect(keys.length).toBeGreaterThan(30);
      expect(
        Object.keys(other)
          .filter((key) => OURS.test(key))
          .sort(),
      ).toEqual([...keys].sort());
      for (const key of keys) {
        expect(other[key]?.message.trim(), key).toBeTruthy();
        expect(placeholders(other[key]?.message ?? ''), key).toEqual(
          placeholders(english[key]?.message ?? ''),
        );
      }
    });
  }

  it('cover every literal key the popup code asks for', () => {
    const dir = 'components/popup';
    const source = readdirSync(dir)
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => readFileSync(`${dir}/${file}`, 'utf8'))
      .join('\n');
    const used = [...source.matchAll(/\bt\(\s*'([A-Za-z]+)'/g)].map((m) => m[1] as string);
    const named = [...source.matchAll(/'((?:popup|setting|status)[A-Z]\w+)'/g)].map((m) => m[1] as string);
    expect(used.length).toBeGreaterThan(10);
    for (const key of new Set([...used, ...named])) expect(english[key], key).toBeDefined();
  });
});
