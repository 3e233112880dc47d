import { describe, expect, it } from 'vitest';
import { readPage } from '@/content/read/read-page';
import { fixture, parse } from '../fixtures/detect/load';

const texts = (elements: Element[]) => elements.map((el) => (el.textContent ?? '').trim());

describe('readPage on fixture pages', () => {
  it('reads an English article: JSON-LD headline and date, body without figure, related links or footer', () => {
    const doc = fixture('pos-en.html');
    const reading = readPage(doc);
    expect(reading.root).toBe(doc.querySelector('article'));
    expect(reading.headline).toBe('Isis claims suicide bombing at Kabul checkpoint');
    expect(reading.language).toBe('en');
    expect(reading.published?.toISOString()).toBe('2021-08-27T09:15:00.000Z');
    expect(reading.isArticle).toBe(true);
    const body = texts(reading.paragraphs);
    expect(body[0]).toMatch(/^The Afghan branch of Islamic State/);
    expect(body).toHaveLength(6);
    expect(body.join(' ')).not.toMatch(/Photograph|More on this story|Taliban name new cabinet|All rights/);
    expect(reading.lead).toMatch(/^The Afghan branch/);
  });

  it('uses [itemprop=articleBody] as the root, og:locale for the language', () => {
    const doc = fixture('pos-fr.html');
    doc.documentElement.removeAttribute('lang');
    const reading = readPage(doc);
    expect(reading.root).toBe(doc.querySelector('[itemprop=articleBody]'));
    expect(reading.language).toBe('fr');
    expect(texts(reading.paragraphs).join(' ')).not.toContain('Syrie État islamique');
  });

  it('passes over an [itemprop=articleBody] that holds only blanks, and keeps one whose only text is deep inside', () => {
    const doc = fixture('pos-fr.html');
    const marked = doc.querySelector('[itemprop=articleBody]') as Element;
    const empty = doc.createElement('div');
    empty.setAttribute('itemprop', 'articleBody');
    empty.innerHTML = '\n  <span> </span>\t<span></span>\n';
    marked.removeAttribute('itemprop');
    doc.body.prepend(empty);
    expect(readPage(doc).root).not.toBe(empty);
    (empty.lastElementChild as Element).innerHTML = '<b><i>x</i></b>';
    expect(readPage(doc).root).toBe(empty);
  });

  it.each([
    ['pos-es.html', 'es', '2017-08-18T05:00:00.000Z'],
    ['pos-de.html', 'de', '2021-03-29T00:00:00.000Z'],
    ['pos-it.html', 'it', '2019-03-12T00:00:00.000Z'],
    ['pos-ar.html', 'ar', '2017-07-10T00:00:00.000Z'],
  ])('reads %s: language %s, date from its metadata', (name, language, date) => {
    const reading = readPage(fixture(name));
    expect(reading.language).toBe(language);
    expect(reading.published?.toISOString()).toBe(date);
    expect(reading.paragraphs.length).toBeGreaterThanOrEqual(4);
  });

  it('calls a section front of story cards not an article', () => {
    expect(readPage(fixture('section-front.html')).isArticle).toBe(false);
  });

  it('still calls a long story with related-story cards an article', () => {
    const card = '<article class="card"><h3><a href="/x">Another story</a></h3></article>';
    const story = `<p>${'A long paragraph of the story itself, with enough prose to be read. '.repeat(8)}</p>`;
    const doc = parse(`<body><article><h1>Story</h1>${story.repeat(4)}</article>${card.repeat(6)}</body>`);
    expect(readPage(doc).isArticle).toBe(true);
  });

  it('never changes the page', () => {
    const doc = fixture('pos-en.html');
    const before = doc.documentElement.outerHTML;
    readPage(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readPage fallbacks', () => {
  const prose = (n: number) =>
    `<p>${'A sentence of the story with enough words to count as prose. '.repeat(n)}</p>`;

  it('finds the densest block when there is no <article>', () => {
    const doc = parse(
      `<body><nav><p>Home</p><p>World</p></nav><div id="story">${prose(3)}${prose(4)}${prose(2)}</div><div class="footer"><p>About us</p></div></body>`,
    );
    const reading = readPage(doc);
    expect(reading.root?.id).toBe('story');
    expect(reading.paragraphs).toHaveLength(3);
  });

  it('takes the parent when every paragraph is marked as the article body', () => {
    const doc = parse(
      `<body><div id="body"><p itemprop="articleBody">First paragraph.</p><p itemprop="articleBody">Second.</p></div></body>`,
    );
    expect(readPage(doc).root?.id).toBe('body');
  });

  it('treats a body of bare text and <br> lines as one paragraph', () => {
    const doc = parse(`<body><article><h1>T</h1>${'Line of text.<br>'.repeat(50)}</article></body>`);
    const reading = readPage(doc);
    expect(reading.paragraphs).toEqual([doc.querySelector('article')]);
  });

  it('guesses the language from the text when the page does not say', () => {
    const german = parse(
      `<body><article><p>${'Die Regierung und der Rat haben das Gesetz nicht beschlossen. '.repeat(3)}</p></article></body>`,
    );
    expect(readPage(german).language).toBe('de');
    const arabic = parse(
      '<body><article><p>أعلن رئيس الوزراء العراقي استعادة مدينة الموصل بالكامل</p></article></body>',
    );
    expect(readPage(arabic).language).toBe('ar');
  });
});

describe('readPage on bad input', () => {
  it('survives broken JSON-LD and falls back to the other metadata', () => {
    const doc = parse(
      `<head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script><meta property="article:published_time" content="2016-05-01"></head><body><article><h1>Title</h1><p>Text.</p></article></body>`,
    );
    const reading = readPage(doc);
    expect(reading.published?.toISOString().slice(0, 10)).toBe('2016-05-01');
    expect(reading.headline).toBe('Title');
  });

  it('answers for a document without a body, without text, with nonsense dates', () => {
    const xml = document.implementation.createDocument(null, 'html', null);
    expect(() => readPage(xml)).not.toThrow();
    const empty = readPage(parse(''));
    expect(empty).toMatchObject({ root: null, paragraphs: [], isArticle: false, published: null });
    const nonsense = parse('<html lang="!!"><body><time datetime="not a date">x</time></body></html>');
    expect(readPage(nonsense)).toMatchObject({ language: '', published: null });
  });

  it('reads a page with a 5 MB text node', () => {
    const doc = parse('<body><article><h1>Big</h1><p id="big"></p></article></body>');
    doc.getElementById('big')?.append('word '.repeat(1_000_000));
    expect(readPage(doc).paragraphs).toHaveLength(1);
  });
});
