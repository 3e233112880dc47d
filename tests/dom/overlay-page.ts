// Loads one of our fixture pages into the test document, scripts left out.
import { readFileSync } from 'node:fs';

export function loadFixture(name: string): void {
  const html = readFileSync(`tests/fixtures/pages/${name}`, 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

export function replaceArticle(paragraphs: string[], headline: string): void {
  const article = document.querySelector('article');
  if (!article) throw new Error('no article');
  const h1 = document.createElement('h1');
  h1.textContent = headline;
  article.replaceChildren(
    h1,
    ...paragraphs.map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    }),
  );
  document.title = headline;
}
