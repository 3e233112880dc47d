import { beforeEach, describe, expect, it } from 'vitest';
import { findTerms } from '@/content/terms/find-terms';
import type { GlossaryTerm } from '@/content/types';
import { testTerm } from './knowledge-fixture';

const glossary: GlossaryTerm[] = [
  testTerm(
    'islamic-state',
    'Islamic State',
    {
      en: 'Islamic State, ISIS, Daesh, Islamic State of Iraq and the Levant',
      fr: 'État islamique, EI',
      ar: 'الدولة الإسلامية, داعش',
    },
    'The group.',
  ),
  testTerm('raqqa', 'Raqqa', { en: 'Raqqa', ar: 'الرقة' }, 'A city.'),
  testTerm('caliphate', 'Caliphate', { en: 'caliphate', fr: 'califat' }, 'A claim.'),
  testTerm('levant', 'Levant', { en: 'the Levant' }, 'A region.'),
];

function article(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article') as HTMLElement;
}

const found = (root: Element, language = 'en', options = {}) =>
  findTerms(root, glossary, language, options).map((match) => [match.termId, match.range.toString()]);

describe('findTerms', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds aliases on word edges, ignoring case, in document order', () => {
    const root = article('<p>ISIS lost Raqqa. The isis crisis</p><p>Thesis: daesh and the caliphate.</p>');
    expect(found(root)).toEqual([
      ['islamic-state', 'ISIS'],
      ['raqqa', 'Raqqa'],
      ['islamic-state', 'isis'],
      ['islamic-state', 'daesh'],
      ['caliphate', 'caliphate'],
    ]);
  });

  it('uses the page language plus English aliases, and no other language', () => {
    const root = article('<p>L’État islamique a perdu Raqqa et son califat; ISIS; EI; the caliphate.</p>');
    expect(found(root, 'fr-FR').map(([, text]) => text)).toEqual([
      'État islamique',
      'Raqqa',
      'califat',
      'ISIS',
      'EI',
      'caliphate',
    ]);
    expect(found(root, 'en').map(([, text]) => text)).toEqual(['Raqqa', 'ISIS', 'caliphate']);
  });

  it('finds Arabic aliases behind proclitics', () => {
    const root = article(
      '<p dir="rtl">سيطر تنظيم داعش على الرقة وأعلن قيام الدولة الإسلامية، وبالرقة قاتل الداعشيون.</p>',
    );
    expect(found(root, 'ar')).toEqual([
      ['islamic-state', 'داعش'],
      ['raqqa', 'الرقة'],
      ['islamic-state', 'الدولة الإسلامية'],
      ['raqqa', 'الرقة'],
      ['islamic-state', 'داعش'],
    ]);
  });

  it('lets the longest alias win where two overlap', () => {
    const root = article('<p>the Islamic State of Iraq and the Levant declared</p>');
    expect(found(root)).toEqual([['islamic-state', 'Islamic State of Iraq and the Levant']]);
  });

  it('finds a term split by inline markup, with a range across the text nodes', () => {
    const root = article(
      '<p>The Islamic <em>State</em> and Dae<b>sh</b>, Ra<wbr>qqa, <a><b>Is</b></a><i>is</i>.</p>',
    );
    const matches = findTerms(root, glossary, 'en');
    expect(matches.map((match) => match.range.toString())).toEqual([
      'Islamic State',
      'Daesh',
      'Raqqa',
      'Isis',
    ]);
    const first = matches[0]?.range as Range;
    expect(first.startContainer).toBe(root.querySelector('p')?.firstChild);
    expect(first.endContainer).toBe(root.querySelector('em')?.firstChild);
  });

  it('does not join words across blocks, line breaks or skipped content', () => {
    const root = article(
      '<div><p>the Islamic</p>State</div><p>Islamic<br>State</p><p>Islamic<code>x</code>State</p><p>Ra<img alt="">qqa</p>',
    );
    expect(found(root)).toEqual([]);
  });

  it('ignores text in skipped content and our own UI', () => {
    const root = article(
      '<p>Raqqa</p><script>Raqqa</script><code>Raqqa</code><div contenteditable>Raqqa</div><context-margin>Raqqa</context-margin>',
    );
    expect(found(root)).toHaveLength(1);
  });

  it('keeps the total bounded', () => {
    const root = article(`<p>${'Raqqa '.repeat(2000)}</p><p>ISIS</p>`);
    expect(findTerms(root, glossary, 'en')).toHaveLength(500);
    expect(findTerms(root, glossary, 'en', { limit: 3 })).toHaveLength(3);
    expect(findTerms(root, glossary, 'en', { limit: 0 })).toEqual([]);
  });

  it('gives ranges whose offsets point into the original text, also after folded characters', () => {
    const root = article('<p>Ca\u0301liphate\u00ad news: cali\u00adphate and the caliphate.</p>');
    expect(found(root).map(([, text]) => text)).toEqual(['Ca\u0301liphate', 'cali\u00adphate', 'caliphate']);
  });

  it('returns [] for an aborted signal, an empty glossary or an empty page', () => {
    const root = article('<p>Raqqa</p>');
    const controller = new AbortController();
    controller.abort();
    expect(findTerms(root, glossary, 'en', { signal: controller.signal })).toEqual([]);
    expect(findTerms(root, [], 'en')).toEqual([]);
    expect(findTerms(article(''), glossary, 'en')).toEqual([]);
  });

  it('survives glossary entries with missing or odd aliases', () => {
    const odd = [testTerm('odd', 'x', { en: ',   , ***' }), testTerm('none', 'y', {})];
    expect(findTerms(article('<p>*** text</p>'), odd, 'en')).toEqual([]);
  });
});
