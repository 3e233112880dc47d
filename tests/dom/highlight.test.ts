import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter } from '@/content/highlight/highlight';
import { findTerms } from '@/content/terms/find-terms';
import type { GlossaryTerm } from '@/content/types';
import { testTerm } from './knowledge-fixture';

const glossary: GlossaryTerm[] = [
  testTerm('isis', 'ISIS', { en: 'ISIS, Islamic State' }),
  testTerm('raqqa', 'Raqqa', { en: 'Raqqa' }),
];

function article(html: string): HTMLElement {
  document.body.innerHTML = `<main><article>${html}</article></main>`;
  return document.querySelector('article') as HTMLElement;
}

/** Every node under `root` in document order, to prove that the very same objects come back. */
function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

describe('createHighlighter without the Highlight API (wrap fallback)', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
  });

  it('wraps each term in a mark of ours and restores the very same DOM on clear', () => {
    const root = article(
      '<p>ISIS lost <a href="#">Raqqa</a> in 2017.</p><ul>\n <li>The Islamic <em>State</em></li>\n</ul>',
    );
    const before = document.body.innerHTML;
    const nodesBefore = allNodes(document.body);
    const highlighter = createHighlighter(document);
    expect(highlighter.mode).toBe('wrap');
    highlighter.apply(findTerms(root, glossary, 'en'));
    const marks = Array.from(root.querySelectorAll('mark[data-context-margin]'));
    expect(marks.map((mark) => [mark.getAttribute('data-term-id'), mark.textContent])).toEqual([
      ['isis', 'ISIS'],
      ['raqqa', 'Raqqa'],
      ['isis', 'Islamic'],
      ['isis', 'State'],
    ]);
    highlighter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(allNodes(document.body)).toEqual(nodesBefore);
    for (const [i, node] of allNodes(document.body).entries()) expect(node).toBe(nodesBefore[i]);
    highlighter.destroy();
  });

  it('keeps adjacent text nodes the page made on purpose', () => {
    const root = article('<p></p>');
    const paragraph = root.querySelector('p') as HTMLElement;
    const first = document.createTextNode('in Raq');
    const second = document.createTextNode('qa and ISIS');
    paragraph.append(first, second);
    const highlighter = createHighlighter(document);
    highlighter.apply(findTerms(root, glossary, 'en'));
    expect(Array.from(root.querySelectorAll('mark')).map((mark) => mark.textContent)).toEqual([
      'Raq',
      'qa',
      'ISIS',
    ]);
    highlighter.destroy();
    expect(Array.from(paragraph.childNodes)).toEqual([first, second]);
    expect(paragraph.childNodes[0]).toBe(first);
    expect(paragraph.childNodes[1]).toBe(second);
    expect([first.data, second.data]).toEqual(['in Raq', 'qa and ISIS']);
  });

  it('adds one stylesheet of ours while terms are shown and removes it on destroy', () => {
    const root = article('<p>Raqqa</p>');
    const highlighter = createHighlighter(document);
    highlighter.apply([]);
    expect(document.querySelector('style[data-context-margin]')).toBeNull();
    highlighter.apply(findTerms(root, glossary, 'en'));
    highlighter.apply(findTerms(root, glossary, 'en'));
    const styles = document.querySelectorAll('style[data-context-margin]');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toContain('::highlight(context-margin-term)');
    expect(styles[0]?.textContent).toContain('mark[data-context-margin]');
    highlighter.destroy();
    expect(document.querySelector('style[data-context-margin]')).toBeNull();
    expect(root.innerHTML).toBe('<p>Raqqa</p>');
    highlighter.apply(findTerms(root, glossary, 'en'));
    expect(root.querySelector('mark')).toBeNull(); // a destroyed highlighter does nothing
  });

  it('keeps every ::highlight selector in a rule of its own, so that wrap mode keeps its styles', () => {
    // A browser without ::highlight drops each rule whose selector list names it, <mark> rules
    // included: the wrap fallback runs exactly in such browsers.
    const highlighter = createHighlighter(document);
    highlighter.apply(findTerms(article('<p>Raqqa</p>'), glossary, 'en'));
    const css = document.querySelector('style[data-context-margin]')?.textContent ?? '';
    const selectors = [...css.matchAll(/([^{}@]+)\{/g)].map((m) => (m[1] ?? '').trim());
    expect(selectors.filter((s) => s.includes('mark[')).length).toBeGreaterThanOrEqual(3);
    for (const selector of selectors) {
      if (selector.includes('::highlight')) expect(selector).not.toContain(',');
    }
    highlighter.destroy();
  });

  it('re-applies cleanly: the second set replaces the first', () => {
    const root = article('<p>ISIS took Raqqa.</p>');
    const highlighter = createHighlighter(document);
    highlighter.apply(findTerms(root, glossary, 'en'));
    highlighter.apply(findTerms(root, glossary, 'en'));
    expect(root.querySelectorAll('mark')).toHaveLength(2);
    highlighter.destroy();
    expect(root.innerHTML).toBe('<p>ISIS took Raqqa.</p>');
    expect(root.querySelector('p')?.childNodes).toHaveLength(1);
  });

  it('keeps terms found over the marks valid, whether or not the caller clears first', () => {
    const root = article('<p>In Raqqa, ISIS and <i>Raqqa</i> again: ISIS.</p>');
    const before = root.innerHTML;
    const highlighter = createHighlighter(document);
    highlighter.apply(findTerms(root, glossary, 'en'));
    const foundOverMarks = findTerms(root, glossary, 'en');
    expect(foundOverMarks.map((match) => match.range.toString())).toEqual(['Raqqa', 'ISIS', 'Raqqa', 'ISIS']);
    highlighter.clear();
    expect(root.innerHTML).toBe(before);
    expect(foundOverMarks.map((match) => match.range.toString())).toEqual(['Raqqa', 'ISIS', 'Raqqa', 'ISIS']);
    highlighter.apply(foundOverMarks);
    expect(Array.from(root.querySelectorAll('mark')).map((mark) => mark.textContent)).toEqual([
      'Raqqa',
      'ISIS',
      'Raqqa',
      'ISIS',
    ]);
    highlighter.apply(findTerms(root, glossary, 'en')); // and straight away, without clear()
    expect(root.querySelectorAll('mark')).toHaveLength(4);
    highlighter.destroy();
    expect(root.innerHTML).toBe(before);
  });

  it('carries terms found over its own marks while another highlighter comes and goes', () => {
    const root = article('<p>ISIS took Raqqa.</p>');
    const text = root.querySelector('p')?.firstChild;
    const otherDoc = document.implementation.createHTMLDocument('');
    otherDoc.body.innerHTML = '<p>Raqqa</p>';
    const highlighter = createHighlighter(document);
    highlighter.apply(findTerms(root, glossary, 'en'));
    const other = createHighlighter(otherDoc);
    other.apply(findTerms(otherDoc.body, glossary, 'en'));
    const foundOverMarks = findTerms(root, glossary, 'en');
    other.destroy();
    expect(otherDoc.body.innerHTML).toBe('<p>Raqqa</p>');
    highlighter.destroy();
    expect(root.innerHTML).toBe('<p>ISIS took Raqqa.</p>');
    expect(foundOverMarks.map((match) => match.range.toString())).toEqual(['ISIS', 'Raqqa']);
    expect(foundOverMarks.every((match) => match.range.startContainer === text)).toBe(true);
  });

  it('tints the marks of the active term and nothing else, and restores the DOM afterwards', () => {
    const root = article('<p>ISIS took Raqqa from ISIS.</p>');
    const before = root.innerHTML;
    const highlighter = createHighlighter(document);
    highlighter.apply(findTerms(root, glossary, 'en'));
    const marks = Array.from(root.querySelectorAll('mark'));
    const active = (marks[1]?.firstChild ?? null) as Text | null;
    const range = document.createRange();
    range.selectNodeContents(active as Text);
    highlighter.setActive(range);
    expect(marks.map((mark) => mark.hasAttribute('data-active'))).toEqual([false, true, false]);
    highlighter.setActive(null);
    expect(root.querySelector('[data-active]')).toBeNull();
    highlighter.setActive(range);
    highlighter.destroy();
    expect(root.innerHTML).toBe(before);
  });

  it('restores what it can when the page moved things meanwhile', () => {
    const root = article('<p>ISIS and Raqqa</p><p>other</p>');
    const highlighter = createHighlighter(document);
    highlighter.apply(findTerms(root, glossary, 'en'));
    root.querySelector('p')?.remove(); // a page script throws the paragraph away
    expect(() => highlighter.destroy()).not.toThrow();
    expect(root.innerHTML).toBe('<p>other</p>');
  });
});

describe('createHighlighter with the Highlight API', () => {
  class FakeHighlight extends Set<Range> {
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  let registry: Map<string, FakeHighlight>;

  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('Highlight', FakeHighlight);
    (window as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
    (window as unknown as { CSS: unknown }).CSS = { highlights: registry };
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    delete (window as unknown as { Highlight?: unknown }).Highlight;
    delete (window as unknown as { CSS?: unknown }).CSS;
  });

  it('registers every range under one prefixed name and leaves the page DOM alone', () => {
    const root = article('<p>ISIS took <b>Raqqa</b>.</p>');
    const before = document.body.innerHTML;
    const highlighter = createHighlighter(document);
    expect(highlighter.mode).toBe('highlight-api');
    expect(highlighter.name).toBe('context-margin-term');
    const matches = findTerms(root, glossary, 'en');
    highlighter.apply(matches);
    expect([...registry.keys()]).toEqual(['context-margin-term']);
    expect([...(registry.get('context-margin-term') ?? [])]).toEqual(matches.map((match) => match.range));
    expect(document.body.innerHTML).toBe(before);
    highlighter.clear();
    expect(registry.size).toBe(0);
    highlighter.apply(matches);
    highlighter.destroy();
    expect(registry.size).toBe(0);
    expect(document.querySelector('style[data-context-margin]')).toBeNull();
  });

  it('registers the active term as a second, higher-priority highlight', () => {
    const root = article('<p>ISIS took Raqqa.</p>');
    const highlighter = createHighlighter(document);
    const matches = findTerms(root, glossary, 'en');
    highlighter.setActive(matches[0]?.range ?? null); // nothing applied yet: nothing to activate
    expect(registry.has('context-margin-term-active')).toBe(false);
    highlighter.apply(matches);
    highlighter.setActive(matches[1]?.range ?? null);
    const active = registry.get('context-margin-term-active') as FakeHighlight & { priority?: number };
    expect([...active]).toEqual([matches[1]?.range]);
    expect(active.priority).toBe(1);
    expect(document.querySelector('style[data-context-margin]')?.textContent).toContain(
      '::highlight(context-margin-term-active)',
    );
    highlighter.setActive(null);
    expect(registry.has('context-margin-term-active')).toBe(false);
    highlighter.setActive(matches[0]?.range ?? null);
    highlighter.clear();
    expect(registry.size).toBe(0);
    highlighter.destroy();
  });

  it('takes a custom prefix, and ignores one that is not a safe name', () => {
    expect(createHighlighter(document, { prefix: 'context-margin-test' }).name).toBe(
      'context-margin-test-term',
    );
    expect(createHighlighter(document, { prefix: 'x){}*{color:red' }).name).toBe('context-margin-term');
  });

  it('leaves highlights registered by others alone', () => {
    registry.set('page-own', new FakeHighlight());
    const root = article('<p>Raqqa</p>');
    const highlighter = createHighlighter(document);
    highlighter.apply(findTerms(root, glossary, 'en'));
    highlighter.destroy();
    expect([...registry.keys()]).toEqual(['page-own']);
  });
});
