import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the eval scripts, without types
import { scorePage, shingles, summariseScores } from '../../scripts/lib/reading-score.mjs';

// eval:reading's scoring, as ../shared/reading/README.md describes it.
describe('reading benchmark scoring', () => {
  it('counts 4-word shingles as a multiset, words being runs of word characters in any script', () => {
    expect([...shingles('a b c d e').entries()]).toEqual([
      ['a b c d', 1],
      ['b c d e', 1],
    ]);
    expect(shingles('x, y! x y x y x').get('x y x y')).toBe(2);
    expect(shingles('الدولة الإسلامية في العراق').size).toBe(1);
  });

  it('divides a page by its own total, so every page weighs the same', () => {
    const s = scorePage('one two three four five', 'one two three four six');
    expect(s.tp + s.fp + s.fn).toBeCloseTo(1);
    expect(s).toEqual({ tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
  });

  it('gives an empty prediction recall 0 and leaves it out of precision; nothing on both sides is perfect', () => {
    const perfect = scorePage('a b c d e', 'a b c d e');
    const empty = scorePage('', 'a b c d e');
    expect(summariseScores([perfect, empty])).toEqual({ f1: 0.6667, precision: 1, recall: 0.5 });
    expect(summariseScores([scorePage('', '')])).toEqual({ f1: 1, precision: 1, recall: 1 });
  });
});
