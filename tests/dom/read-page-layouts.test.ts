import { describe, expect, it } from 'vitest';
import { readPage } from '@/content/read/read-page';
import { parse } from '../fixtures/detect/load';
import { consent, menu, page, paragraphs, STORY, teasers } from '../fixtures/layouts/build';

// The reader on layouts real sites use: the story must be found whole and alone.
const texts = (doc: Document) => readPage(doc).paragraphs.map((p) => (p.textContent ?? '').trim());

describe('readPage on real layouts', () => {
  it('skips a consent banner placed before the story (French, no <article>)', () => {
    const doc = parse(
      page(
        `${consent}<div class="layout"><h1>Titre</h1><div class="story-text">${paragraphs(STORY.fr)}</div></div>`,
        'fr',
      ),
    );
    expect(texts(doc)).toEqual(STORY.fr);
    expect(readPage(doc).language).toBe('fr');
  });

  it('finds the story after a menu of paragraphs (German)', () => {
    const doc = parse(
      page(`${menu(30)}<main><h1>Razzia</h1><div>${paragraphs(STORY.de)}</div></main>`, 'de'),
    );
    expect(texts(doc)).toEqual(STORY.de);
  });

  it('prefers the story to a longer list of teaser cards (Spanish)', () => {
    const doc = parse(
      page(`${teasers(12)}<div id="cuerpo"><h1>Plan</h1>${paragraphs(STORY.es)}</div>`, 'es'),
    );
    expect(texts(doc)).toEqual(STORY.es);
  });

  it('reads a body split into sections around a figure as one body (Italian)', () => {
    const [a, b, c, d] = STORY.it as [string, string, string, string];
    const doc = parse(
      page(
        `<div class="post"><section><div class="part">${paragraphs([a, b, c])}</div></section><figure><img src="x.jpg"><figcaption>Una foto del tribunale, didascalia.</figcaption></figure><section><div class="part">${paragraphs([d])}</div></section></div>`,
        'it',
      ),
    );
    expect(texts(doc)).toEqual([a, b, c, d]);
  });

  it('never takes a modal (a long transcript in a dialog region) for the story', () => {
    const transcript = paragraphs(Array.from({ length: 40 }, () => STORY.fr[1] as string));
    const doc = parse(
      page(
        `<div role="region" aria-labelledby="modal-title"><dl><dd>${transcript}</dd></dl></div><h1>T</h1><div class="body">${paragraphs(STORY.fr)}</div>`,
        'fr',
      ),
    );
    expect(texts(doc)).toEqual(STORY.fr);
  });

  it('drops share bars, related links, captions and bylines inside the story', () => {
    const related =
      '<ul class="related-links"><li><a href="/r1">A related story with a long enough headline to be an item</a></li></ul>';
    const doc = parse(
      page(
        `<div class="article-body"><p class="byline">Von Anna Muster</p>${paragraphs(STORY.de.slice(0, 2))}<div class="share-bar"><p>Teilen auf Facebook, Twitter und per E-Mail an Freunde</p></div><figure><figcaption>Bildunterschrift der Polizei</figcaption></figure>${related}${paragraphs(STORY.de.slice(2))}</div>`,
        'de',
      ),
    );
    expect(texts(doc)).toEqual(STORY.de);
  });

  it('reads a story whose paragraphs nest one level deeper each (unclosed <span/>) from its lead', () => {
    // HTML never closes <span id="…"/>: each paragraph lands inside the span opened before it, the
    // lead in a wrapper of its own, a short subheading and empty anchors between them.
    const [lead, ...rest] = [...STORY.it, ...STORY.es] as string[];
    const more = rest
      .slice(0, 4)
      .map((text, i) => `<span id="mid_${i + 1}"/><p>${text}</p>`)
      .join('');
    const after = rest
      .slice(4)
      .map((text, i) => `<span id="mid_${i + 5}"/><p>${text}</p>`)
      .join('');
    const doc = parse(
      page(
        `<div class="layout"><h1>Titolo</h1><div id="articleText"><span id="start"/><span id="mid_0"/><span class="focus"><p>${lead}</p></span>${more}<span id="gap_a"/><span id="gap_b"/><p>UN SOTTOTITOLO</p><span id="gap_c"/>${after}</div></div>`,
        'it',
      ),
    );
    expect(texts(doc).filter((text) => text !== 'UN SOTTOTITOLO')).toEqual([lead, ...rest]);
  });

  it('keeps a body of bare text and <br> lines beside short headings as one paragraph (Arabic)', () => {
    const line = 'أعلنت السلطات العراقية أن القوات استعادت السيطرة على المدينة بعد معارك استمرت عدة أشهر.';
    const doc = parse(
      page(
        `<div class="story"><h2>عنوان</h2>${`${line}<br>`.repeat(12)}<h2>عنوان آخر</h2>${`${line}<br>`.repeat(6)}</div>`,
        'ar',
      ),
    );
    const reading = readPage(doc);
    expect(reading.paragraphs).toEqual([doc.querySelector('.story')]);
    expect(reading.language).toBe('ar');
  });
});
