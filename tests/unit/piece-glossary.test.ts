import { describe, expect, it } from 'vitest';
import { aliasesOf, glossary } from '@/content/knowledge';
import '@/content/knowledge/languages/all';
import type { Language } from '@/content/types';
import { matchesOnWordEdges, matchKey, pieceText } from './piece-fixture';

const LANGUAGES: Language[] = ['en', 'es', 'fr', 'it', 'de', 'ar'];
const UNSAFE = /[.*+?^${}()|[\]\\'"’‘“”]/;
// Function words of the six languages: a highlighter would mark them all over any page.
const FUNCTION_WORDS = new Set(
  'is it as at in on of to the a an and or es el la los las un una y de en le les un une et il lo gli ist die der das und ein eine im am ei'.split(
    ' ',
  ),
);

const allAliases = (term: (typeof glossary)[number]) => [
  ...new Set(LANGUAGES.flatMap((l) => aliasesOf(term.id, l))),
];

function termsFoundIn(text: string): string[] {
  return glossary
    .filter((term) => allAliases(term).some((alias) => matchesOnWordEdges(alias, text)))
    .map((t) => t.id);
}

describe('glossary aliases', () => {
  it('exist in all six languages for every term', () => {
    for (const term of glossary) {
      for (const language of LANGUAGES)
        expect(aliasesOf(term.id, language).length, `${term.id} ${language}`).toBeGreaterThan(0);
    }
  });

  it('are clean plain text, at least three characters, never a function word', () => {
    for (const term of glossary) {
      for (const alias of allAliases(term)) {
        expect(alias, term.id).toBe(alias.toLowerCase().trim());
        expect(alias, term.id).not.toMatch(UNSAFE);
        expect(alias.length, `${term.id}: ${alias}`).toBeGreaterThanOrEqual(3);
        expect(FUNCTION_WORDS.has(alias), `${term.id}: ${alias}`).toBe(false);
      }
    }
  });

  it('do not collide between terms, in any language, even once accents, case and hyphens are folded', () => {
    const owner = new Map<string, string>();
    for (const term of glossary) {
      for (const alias of allAliases(term)) {
        const key = matchKey(alias);
        expect(owner.get(key) ?? term.id, `"${alias}"`).toBe(term.id);
        owner.set(key, term.id);
      }
    }
    expect(matchKey('Estado Islámico')).toBe(matchKey('estado islamico'));
    expect(matchKey('cyber-terrorism')).toBe(matchKey('cyberterrorism'));
  });

  it('include the label of each term in English', () => {
    for (const term of glossary) {
      const label = term.label.split(',')[0]?.trim() ?? '';
      expect(
        aliasesOf(term.id, 'en').some((alias) => matchesOnWordEdges(alias, label)),
        term.id,
      ).toBe(true);
    }
  });

  it('find every term in the piece itself, in its own wording', () => {
    expect(termsFoundIn(pieceText).sort()).toEqual(glossary.map((term) => term.id).sort());
  });

  it('leave ordinary text alone, including words that only look like the group’s names', () => {
    const ordinary = [
      'It is what it is: this is the state of Islamic art in the museum.',
      'El estado de la economía es estable y la isla está en calma.',
      'Il est clair que l’État a investi dans les îles.',
      'Die Stadt ist schön, und das ist ein Kalifornien-Urlaub wert.',
      'Cells in the small intestine absorb water; the wolf pack hunts at night.',
    ];
    for (const text of ordinary) expect(termsFoundIn(text), text).toEqual([]);
  });

  it('find the group under its names in each language', () => {
    const samples = [
      'Fighters of the so-called Islamic State, also known as ISIS or Daesh, withdrew.',
      'Los combatientes del Estado Islámico se retiraron.',
      'Les combattants de l’État islamique se sont retirés.',
      'I combattenti dello Stato islamico si sono ritirati.',
      'Kämpfer der Terrormiliz IS und des Islamischen Staates zogen ab.',
      'انسحب مقاتلو تنظيم داعش من المدينة.',
    ];
    for (const text of samples) expect(termsFoundIn(text), text).toContain('islamic-state');
  });
});
