import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { modulePageReader } from '@/content/gate/page-reader';
import { createHighlighter } from '@/content/highlight/highlight';
import { glossary } from '@/content/knowledge';
import { createOverlaySession } from '@/content/overlay/overlay-session';
import { findTerms } from '@/content/terms/find-terms';
import { DEFAULT_SETTINGS } from '@/utils/settings';

// Generated pages: IS terms scattered through text, inline elements, tables, lists, form fields,
// editable regions, code blocks and whitespace. happy-dom has no CSS Custom Highlight API, so these
// runs exercise the wrapping fallback, the one path that does touch the page DOM.

const WORDS = [
  'Islamic State',
  'ISIS',
  'Raqqa',
  'Mosul',
  'caliphate',
  'foreign fighters',
  'lone wolves',
  'Libya',
];
const FILLER = ['the', 'fighters', 'fled', 'after', 'a', 'long', 'siege', 'in', '2017', 'and', 'said'];
const EXCLUDED = ['code', 'pre', 'textarea', 'script', 'editable', 'hidden', 'aria-hidden'] as const;

const textArb = fc
  .array(
    fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...FILLER), fc.constantFrom(' ', '\n  ', '\t')),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(' '));

interface Tree {
  kind: string;
  children: Tree[];
  text?: string;
}

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb.map((text): Tree => ({ kind: 'text', children: [], text })),
    fc.record({
      kind: fc.constantFrom('b', 'em', 'a', 'span', 'p', 'li', 'td'),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constantFrom<string>(...EXCLUDED),
      children: fc.constant<Tree[]>([]),
      text: textArb,
    }),
    fc.record({ kind: fc.constant('input'), children: fc.constant<Tree[]>([]), text: textArb }),
  ),
})).node;

function build(doc: Document, tree: Tree, parent: Node): void {
  if (tree.kind === 'text') {
    parent.appendChild(doc.createTextNode(tree.text ?? ''));
    return;
  }
  const t = tree;
  const el = (tag: string) => doc.createElement(tag);
  let node: HTMLElement;
  if (t.kind === 'editable') {
    node = el('div');
    node.setAttribute('contenteditable', 'true');
  } else if (t.kind === 'hidden') {
    node = el('div');
    node.setAttribute('hidden', '');
  } else if (t.kind === 'aria-hidden') {
    node = el('span');
    node.setAttribute('aria-hidden', 'true');
  } else if (t.kind === 'li') {
    node = el('ul');
    const li = el('li');
    node.appendChild(li);
    for (const child of t.children) build(doc, child, li);
    parent.appendChild(node);
    return;
  } else if (t.kind === 'td') {
    node = el('table');
    const td = node.appendChild(el('tbody')).appendChild(el('tr')).appendChild(el('td'));
    for (const child of t.children) build(doc, child, td);
    parent.appendChild(node);
    return;
  } else if (t.kind === 'input') {
    node = el('input');
    node.setAttribute('value', t.text ?? '');
  } else {
    node = el(t.kind);
  }
  if (t.text !== undefined && t.kind !== 'input') node.textContent = t.text;
  for (const child of t.children) build(doc, child, node);
  parent.appendChild(node);
}

const pageArb = fc.array(treeArb, { minLength: 1, maxLength: 6 });

function renderPage(trees: Tree[]): HTMLElement {
  document.head.replaceChildren();
  document.body.replaceChildren();
  const article = document.body.appendChild(document.createElement('article'));
  const h1 = article.appendChild(document.createElement('h1'));
  h1.textContent = 'Islamic State fighters flee Raqqa';
  for (const tree of trees) {
    const p = article.appendChild(document.createElement('p'));
    build(document, tree, p);
  }
  return article;
}

const serialise = () => document.documentElement.outerHTML;
const EXCLUDED_SELECTOR =
  'code, pre, textarea, script, input, [contenteditable="true"], [hidden], [aria-hidden="true"]';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('properties over generated pages', () => {
  it('start then teardown leaves the serialised DOM identical', () => {
    fc.assert(
      fc.property(pageArb, (trees) => {
        renderPage(trees);
        const before = serialise();
        const controller = new AbortController();
        createOverlaySession({
          reader: modulePageReader,
          doc: document,
          settings: DEFAULT_SETTINGS,
          gate: undefined,
          signal: controller.signal,
        });
        controller.abort();
        expect(serialise()).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('no highlight range touches an excluded element', () => {
    fc.assert(
      fc.property(pageArb, (trees) => {
        const article = renderPage(trees);
        for (const match of findTerms(article, glossary, 'en')) {
          for (const end of [match.range.startContainer, match.range.endContainer]) {
            const element = end.nodeType === Node.ELEMENT_NODE ? (end as Element) : end.parentElement;
            expect(element?.closest(EXCLUDED_SELECTOR) ?? null).toBeNull();
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('starting twice is the same as starting once', () => {
    fc.assert(
      fc.property(pageArb, (trees) => {
        renderPage(trees);
        const before = serialise();
        const first = new AbortController();
        createOverlaySession({
          reader: modulePageReader,
          doc: document,
          settings: DEFAULT_SETTINGS,
          gate: undefined,
          signal: first.signal,
        });
        const once = serialise();
        first.abort();
        const second = new AbortController();
        createOverlaySession({
          reader: modulePageReader,
          doc: document,
          settings: DEFAULT_SETTINGS,
          gate: undefined,
          signal: second.signal,
        });
        expect(serialise()).toBe(once);
        second.abort();
        expect(serialise()).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it('the wrapping fallback restores the DOM exactly, node for node', () => {
    fc.assert(
      fc.property(pageArb, (trees) => {
        const article = renderPage(trees);
        const before = serialise();
        const nodes: Node[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
        const highlighter = createHighlighter(document);
        expect(highlighter.mode).toBe('wrap');
        highlighter.apply(findTerms(article, glossary, 'en'));
        highlighter.destroy();
        expect(serialise()).toBe(before);
        const after: Node[] = [];
        const again = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
        for (let n = again.nextNode(); n; n = again.nextNode()) after.push(n);
        expect(after).toEqual(nodes);
      }),
      { numRuns: 80 },
    );
  });
});
