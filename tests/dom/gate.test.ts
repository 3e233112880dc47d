import { afterEach, describe, expect, it, vi } from 'vitest';
import { runGate } from '@/content/gate/gate';
import { hasCandidate } from '@/content/sniff/cheap-stage';
import { fixture, parse } from '../fixtures/detect/load';

const POSITIVES = ['pos-en.html', 'pos-es.html', 'pos-fr.html', 'pos-it.html', 'pos-de.html', 'pos-ar.html'];
const NEGATIVES = [
  'neg-isis-goddess.html',
  'neg-isis-name.html',
  'neg-isis-river.html',
  'neg-isis-band-journal.html',
  'neg-de-is-word.html',
  'neg-en-caps-is.html',
  'neg-generic-islamic-state.html',
  'neg-other-groups.html',
  'passing-sidebar.html',
  'passing-one-sentence.html',
  'section-front.html',
];

describe('runGate on fixture pages', () => {
  it.each(POSITIVES)('detects %s and says why', (name) => {
    const { reading, detection } = runGate(fixture(name), 'normal');
    expect(detection.about).toBe(true);
    expect(reading?.paragraphs.length).toBeGreaterThan(0);
    expect(detection.reasons[0]).toMatch(/^“.+” ×\d+: headline/);
  });

  it.each(NEGATIVES)('rejects %s, even at broad sensitivity', (name) => {
    expect(runGate(fixture(name), 'broad').detection.about).toBe(false);
  });

  it('skips the cheap stage when the caller says it already passed', () => {
    const { reading, detection } = runGate(fixture('passing-sidebar.html'), 'normal', { candidate: true });
    expect(reading).not.toBeNull();
    expect(detection.about).toBe(false);
    expect(detection.reasons).not.toContain('no Islamic State names in the headline, lead or metadata');
  });

  it('stops at the cheap stage when title, headline, lead and metadata name nothing', () => {
    const { reading, detection } = runGate(fixture('passing-sidebar.html'), 'normal');
    expect(reading).toBeNull();
    expect(detection).toEqual({
      about: false,
      score: 0,
      language: 'en',
      reasons: ['no Islamic State names in the headline, lead or metadata'],
    });
  });
});

describe('hasCandidate', () => {
  const page = (head: string, body: string) => parse(`<head>${head}</head><body>${body}</body>`);
  const paragraphs = (n: number) => '<p>The council met again to discuss the budget.</p>'.repeat(n);

  it.each([
    ['the title', page('<title>Islamic State retreats</title>', paragraphs(3))],
    ['og:title', page('<meta property="og:title" content="Daesh loses Mosul">', paragraphs(3))],
    [
      'the description',
      page('<meta name="description" content="Le groupe État islamique recule">', paragraphs(3)),
    ],
    ['the headline', page('', `<h1>Isis Fighters Seize Town</h1>${paragraphs(3)}`)],
    ['the lead', page('', `<article><p>IS-Kämpfer griffen die Stadt an.</p>${paragraphs(3)}</article>`)],
    ['a body of bare text', page('', '<article>Fighters of داعش attacked.<br>More text.</article>')],
  ])('finds a candidate in %s', (_where, doc) => {
    expect(hasCandidate(doc)).toBe(true);
  });

  it('does not read past the lead: a name only in paragraph 40 is no candidate', () => {
    const doc = page('<title>Budget</title>', `<article>${paragraphs(39)}<p>Islamic State.</p></article>`);
    expect(hasCandidate(doc)).toBe(false);
  });

  it('ignores navigation, tickers and footers outside the article', () => {
    expect(hasCandidate(fixture('passing-sidebar.html'))).toBe(false);
  });
});

describe('the gate stays cheap and safe', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never asks for layout', () => {
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const style = vi.spyOn(window, 'getComputedStyle');
    const innerText = vi.spyOn(HTMLElement.prototype, 'innerText', 'get');
    for (const name of [...POSITIVES, ...NEGATIVES]) runGate(fixture(name), 'normal');
    expect(rect).not.toHaveBeenCalled();
    expect(style).not.toHaveBeenCalled();
    expect(innerText).not.toHaveBeenCalled();
  });

  it.each([
    ['a document without a body', () => document.implementation.createDocument(null, 'html', null)],
    ['an empty document', () => parse('')],
    ['text without markup', () => parse('Islamic State')],
    [
      'broken JSON-LD',
      () => parse('<script type="application/ld+json">{{{</script><h1>Islamic State retreats</h1>'),
    ],
    ['deeply nested markup', () => parse(`${'<div>'.repeat(2000)}<p>ISIS claims attack in Syria</p>`)],
    [
      'a 5 MB text node',
      () => {
        const doc = parse('<title>Islamic State</title><article><p id="big"></p></article>');
        doc.getElementById('big')?.append('militants '.repeat(500_000));
        return doc;
      },
    ],
    [
      'a 5 MB headline',
      () => {
        const doc = parse('<h1 id="h"></h1><article><p>Militants attacked.</p></article>');
        doc.getElementById('h')?.append('Islamic State '.repeat(400_000));
        return doc;
      },
    ],
  ])('answers, never throws, on %s', (_case, make) => {
    const { detection } = runGate(make() as Document, 'normal');
    expect(typeof detection.about).toBe('boolean');
    expect(detection.reasons.length).toBeGreaterThan(0);
  });

  it('turns an exception inside the page reading into a clear answer', () => {
    const doc = fixture('pos-en.html');
    vi.spyOn(doc, 'querySelectorAll').mockImplementation(() => {
      throw new Error('hostile page');
    });
    expect(runGate(doc, 'normal').detection).toMatchObject({
      about: false,
      reasons: ['the page could not be read'],
    });
  });
});
