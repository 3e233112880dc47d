import { describe, expect, it } from 'vitest';
import { edgeAt, edgeBefore } from '@/content/match/phrase-at';

// The rule the table look-ups must keep: word edges by code point, as the Unicode classes say.
const BEFORE = /(?<![\p{L}\p{N}\p{M}])/uy;
const AFTER = /(?![\p{L}\p{N}\p{M}])/uy;
const byPattern = (pattern: RegExp, text: string, at: number) => {
  pattern.lastIndex = at;
  return pattern.test(text);
};

describe('word edges', () => {
  it('agree with the Unicode classes beside every UTF-16 unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}a`;
      for (const at of [1, 2]) {
        if (edgeBefore(text, at) !== byPattern(BEFORE, text, at)) disagreements.push(`before ${code} @${at}`);
        if (edgeAt(text, at) !== byPattern(AFTER, text, at)) disagreements.push(`at ${code} @${at}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('read a surrogate pair as one code point, and a lone surrogate as no letter', () => {
    const cases = ['𝐀b', 'a𝐀', '😀a', 'a😀', 'a\ud835', '\udc00a', 'x\ud835\ud835y', '𝟙2'];
    for (const text of cases) {
      for (let at = 0; at <= text.length; at++) {
        expect(edgeBefore(text, at), `before ${JSON.stringify(text)} @${at}`).toBe(
          byPattern(BEFORE, text, at),
        );
        expect(edgeAt(text, at), `at ${JSON.stringify(text)} @${at}`).toBe(byPattern(AFTER, text, at));
      }
    }
  });

  it('count the start and the end of the text as edges', () => {
    expect(edgeBefore('word', 0)).toBe(true);
    expect(edgeAt('word', 4)).toBe(true);
    expect(edgeBefore('word', 2)).toBe(false);
    expect(edgeAt('word', 2)).toBe(false);
    expect(edgeAt('داعش و', 4)).toBe(true);
    expect(edgeBefore('é-x', 1)).toBe(false);
  });
});
