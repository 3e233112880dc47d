import { describe, expect, it } from 'vitest';
import { glossary, notes } from '@/content/knowledge';
import { longestSharedRun, pieceParagraphs, pieceText, wordsOf } from './piece-fixture';

// A paraphrase may share a name or a short phrase with the piece ("arrests at borders"), never a
// run of six words: stricter than the eight-word line a sentence copy would cross.
const MAX_SHARED_RUN = 5;

describe('the overlap check itself', () => {
  it('catches a copied sentence even with its typography changed', () => {
    const copied =
      'Without Raqqa and Mosul the Islamic State has been severely weakened but not entirely defeated.';
    expect(longestSharedRun(copied).length).toBeGreaterThan(MAX_SHARED_RUN);
    expect(longestSharedRun("the so-called 'electronic jihad', conducted through social media").length).toBe(
      8,
    );
  });

  it('lets a genuinely reworded sentence through', () => {
    expect(
      longestSharedRun('Losing its two capitals hurt the group badly, but it is still fighting.').length,
    ).toBeLessThan(3);
  });
});

describe('paraphrases', () => {
  it.each(notes.map((note) => [note.id, note.paraphrase]))('%s is at most 40 words', (_id, paraphrase) => {
    expect(wordsOf(paraphrase).length).toBeGreaterThanOrEqual(12);
    expect(wordsOf(paraphrase).length).toBeLessThanOrEqual(40);
  });

  it.each(notes.map((note) => [note.id, note.paraphrase]))(
    '%s does not copy the piece',
    (_id, paraphrase) => {
      expect(longestSharedRun(paraphrase).length).toBeLessThanOrEqual(MAX_SHARED_RUN);
    },
  );

  it('are distinct from one another', () => {
    expect(new Set(notes.map((note) => note.paraphrase)).size).toBe(notes.length);
  });
});

describe('quotations', () => {
  const quoted = notes.filter((note) => note.quotation !== undefined);

  it('exist for most notes', () => {
    expect(quoted.length).toBeGreaterThanOrEqual(notes.length / 2);
  });

  it.each(quoted.map((note) => [note.id, note.quotation ?? '', note.paragraph] as const))(
    '%s quotes its own paragraph verbatim, in at most 25 words',
    (_id, quotation, paragraph) => {
      expect(pieceText).toContain(quotation);
      expect(pieceParagraphs[paragraph - 1]).toContain(quotation);
      expect(quotation).toBe(quotation.trim());
      expect(wordsOf(quotation).length).toBeGreaterThanOrEqual(3);
      expect(wordsOf(quotation).length).toBeLessThanOrEqual(25);
    },
  );
});

describe('glossary cards', () => {
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=\S)/).filter((part) => part.trim() !== '');

  it.each(glossary.map((term) => [term.id, term.card]))('%s has two or three sentences', (_id, card) => {
    expect(sentences(card).length).toBeGreaterThanOrEqual(2);
    expect(sentences(card).length).toBeLessThanOrEqual(3);
    expect(card.trim()).toMatch(/[.!?]$/);
  });

  it.each(glossary.map((term) => [term.id, term.card]))('%s does not copy the piece', (_id, card) => {
    expect(longestSharedRun(card).length).toBeLessThanOrEqual(MAX_SHARED_RUN);
  });

  it('covers at least the terms the README says the piece turns on', () => {
    const required = [
      'islamic-state',
      'caliphate',
      'raqqa',
      'mosul',
      'kurdish-forces',
      'western-coalition',
      'libya',
      'gaddafi',
      'migrant-boats',
      'foreign-fighters',
      'lone-wolves',
      'small-cells',
      'jihad',
      'electronic-jihad',
      'cyber-terrorism',
      'radicalisation',
      'deradicalisation',
      'terrorist-financing',
      'marco-minniti',
    ];
    expect(glossary.map((term) => term.id)).toEqual(expect.arrayContaining(required));
  });
});
