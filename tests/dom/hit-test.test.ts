import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter } from '@/content/highlight/highlight';
import { caretPointAt, indexTerms, termAtPoint } from '@/content/highlight/hit-test';
import { findTerms } from '@/content/terms/find-terms';
import type { GlossaryTerm } from '@/content/types';
import { testTerm } from './knowledge-fixture';

const glossary: GlossaryTerm[] = [
  testTerm('isis', 'ISIS', { en: 'ISIS, Islamic State' }),
  testTerm('raqqa', 'Raqqa', { en: 'Raqqa' }),
];

// happy-dom has neither caret API: tests install and remove their own.
const caretApis = document as unknown as {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * happy-dom has no layout: lay every character of the article out on one line, 10 px wide and
 * 20 px high, in document order, and answer the caret and rectangle questions from that.
 */
function fakeLineLayout(root: Element) {
  const chars: { node: Text; offset: number }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let offset = 0; offset < node.data.length; offset++) chars.push({ node, offset });
  }
  const xOf = (node: Node, offset: number) =>
    chars.findIndex((char) => char.node === node && char.offset === offset) * 10;
  caretApis.caretPositionFromPoint = (x: number, y: number) => {
    if (y < 0 || y > 20) return null;
    const index = Math.min(chars.length - 1, Math.max(0, Math.round(x / 10)));
    const char = chars[index];
    return char ? { offsetNode: char.node, offset: char.offset } : null;
  };
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const left = xOf(this.startContainer, this.startOffset);
    const endChar = xOf(this.endContainer, this.endOffset - 1);
    const rects = left < 0 || endChar < 0 ? [] : [new DOMRect(left, 0, endChar + 10 - left, 20)];
    return rects as unknown as DOMRectList;
  });
}

function article(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article') as HTMLElement;
}

describe('caretPointAt', () => {
  afterEach(() => {
    delete caretApis.caretPositionFromPoint;
    delete caretApis.caretRangeFromPoint;
  });

  it('uses caretPositionFromPoint, else caretRangeFromPoint, else gives up', () => {
    const text = document.createTextNode('abc');
    expect(caretPointAt(document, 1, 1)).toBeNull();
    const range = document.createRange();
    range.setStart(text, 2);
    caretApis.caretRangeFromPoint = () => range;
    expect(caretPointAt(document, 1, 1)).toEqual({ node: text, offset: 2 });
    caretApis.caretPositionFromPoint = () => ({ offsetNode: text, offset: 1 });
    expect(caretPointAt(document, 1, 1)).toEqual({ node: text, offset: 1 });
  });

  it('answers null for points the browser rejects', () => {
    caretApis.caretPositionFromPoint = () => {
      throw new Error('out of range');
    };
    expect(caretPointAt(document, -5, 1e9)).toBeNull();
    expect(caretPointAt(document, Number.NaN, 1)).toBeNull();
  });
});

describe('termAtPoint', () => {
  afterEach(() => {
    delete caretApis.caretPositionFromPoint;
  });

  it('finds the term under the point and nothing beside it', () => {
    // "ISIS took Raqqa": I=0 S=10 I=20 S=30 space=40 … R=100 … a=140
    const root = article('<p>ISIS took Raqqa</p>');
    fakeLineLayout(root);
    const index = indexTerms(findTerms(root, glossary, 'en'));
    expect(termAtPoint(document, 5, 10, index)?.termId).toBe('isis');
    expect(termAtPoint(document, 35, 10, index)?.termId).toBe('isis');
    expect(termAtPoint(document, 60, 10, index)).toBeNull();
    expect(termAtPoint(document, 120, 10, index)?.range.toString()).toBe('Raqqa');
    expect(termAtPoint(document, 120, 50, index)).toBeNull();
  });

  it('finds a term whose range spans several text nodes', () => {
    const root = article('<p>the Islamic <em>State</em> now</p>');
    fakeLineLayout(root);
    const index = indexTerms(findTerms(root, glossary, 'en'));
    expect(termAtPoint(document, 50, 10, index)?.termId).toBe('isis'); // in "Islamic"
    expect(termAtPoint(document, 140, 10, index)?.termId).toBe('isis'); // in "State"
    expect(termAtPoint(document, 200, 10, index)).toBeNull();
  });

  it('answers null with no terms', () => {
    article('<p>ISIS</p>');
    expect(termAtPoint(document, 1, 1, indexTerms([]))).toBeNull();
  });
});

describe('Highlighter.termAt', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
  });
  afterEach(() => {
    delete caretApis.caretPositionFromPoint;
  });

  it('hit-tests the marks of the wrap fallback', () => {
    const root = article('<p>ISIS took Raqqa</p>');
    const highlighter = createHighlighter(document);
    highlighter.apply(findTerms(root, glossary, 'en'));
    fakeLineLayout(root);
    expect(highlighter.termAt(120, 10)).toMatchObject({ termId: 'raqqa' });
    expect(highlighter.termAt(60, 10)).toBeNull();
    highlighter.clear();
    expect(highlighter.termAt(120, 10)).toBeNull();
    highlighter.destroy();
  });
});
