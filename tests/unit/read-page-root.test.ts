import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isChrome, paragraphsOf } from '@/content/read/read-page-root';
import { paragraphTexts } from '@/content/text/paragraph-texts';

// The reading keeps each element's chrome verdict for one call; these tests hold the memoised
// answers to the plain definition (any element from the paragraph up to the root is chrome).

const CHROME_CLASSES = ['related', 'story', 'share-bar', 'body', 'ad', 'text'];

/** The definition, without memory: walk every ancestor below the root. */
function chromeByDefinition(el: Element, root: Element | null): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (/^(?:ASIDE|NAV|FIGURE)$/.test(node.tagName) || node.hasAttribute('hidden')) return true;
    if (/(?:^|\s)(?:related|share-bar|ad)(?:\s|$)/.test(node.className)) return true;
  }
  return false;
}

/** A random tree of divs, sections and asides with chrome and non-chrome classes. */
function buildTree(shape: number[]): Element {
  const root = document.createElement('article');
  const nodes: Element[] = [root];
  shape.forEach((code, i) => {
    const parent = nodes[code % nodes.length] as Element;
    const el = document.createElement(['div', 'section', 'p', 'aside', 'li'][code % 5] as string);
    el.className = CHROME_CLASSES[(code >> 3) % CHROME_CLASSES.length] as string;
    if (code % 17 === 0) el.setAttribute('hidden', '');
    el.textContent = `Element ${i} with enough text to count as prose in a paragraph of the story.`;
    parent.append(el);
    nodes.push(el);
  });
  return root;
}

describe('isChrome with a memo of one reading', () => {
  it('answers like the plain definition, whatever order the elements are asked in', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 60 }), fc.boolean(), (shape, fromTop) => {
        const root = buildTree(shape);
        const all = [...root.querySelectorAll('*')];
        if (!fromTop) all.reverse();
        const known = new Map<Element | null, boolean>();
        for (const el of all) expect(isChrome(el, root, known)).toBe(chromeByDefinition(el, root));
      }),
    );
  });

  it('stops at the root: chrome above the root does not count', () => {
    document.body.innerHTML = '<aside><article><p id="inside">Text</p></article></aside>';
    const root = document.querySelector('article');
    const p = document.getElementById('inside') as Element;
    expect(isChrome(p, root, new Map())).toBe(false);
    expect(isChrome(p, null, new Map())).toBe(true);
  });

  it('walks a very deep chain without recursion', () => {
    const root = document.createElement('article');
    let node: Element = root;
    for (let i = 0; i < 50_000; i++) node = node.appendChild(document.createElement('div'));
    const p = node.appendChild(document.createElement('p'));
    expect(isChrome(p, root, new Map())).toBe(false);
  });
});

describe('paragraphsOf', () => {
  it('keeps the innermost blocks only, in reading order', () => {
    const root = document.createElement('article');
    const sentence = 'A sentence long enough to be a list item of prose in the story, not a menu.';
    root.innerHTML = `<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote><ul><li>${sentence}</li><li><p>Inner.</p></li></ul><p>Last.</p>`;
    const texts = paragraphsOf(root).map((el) => el.textContent);
    expect(texts).toEqual(['Quoted one.', 'Quoted two.', sentence, 'Inner.', 'Last.']);
  });
});

describe('paragraphTexts', () => {
  it('folds whitespace exactly like collapsing every run of it to one space', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2003', ' \n ', 'word', 'x', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const p = document.createElement('p');
        p.textContent = text;
        const folded = text.replace(/\s+/g, ' ').trim();
        expect(paragraphTexts([p])).toEqual(folded ? [folded] : []);
      }),
    );
  });

  it('stops reading once it has enough texts', () => {
    const paragraphs = ['One.', '', 'Two.', 'Three.'].map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    });
    expect(paragraphTexts(paragraphs, 2)).toEqual(['One.', 'Two.']);
    expect(paragraphTexts(paragraphs)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('reads on when a wall of text is split past enough (the first texts stay the same)', () => {
    const wall = document.createElement('p');
    wall.textContent = 'A sentence of a wall of text without breaks. '.repeat(40);
    const after = document.createElement('p');
    after.textContent = 'After.';
    const all = paragraphTexts([wall, after]);
    expect(all.length).toBeGreaterThan(3);
    expect(paragraphTexts([wall, after], 2)).toEqual(all);
  });
});
