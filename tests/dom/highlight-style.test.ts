import { beforeEach, describe, expect, it } from 'vitest';
import { createHighlighter } from '@/content/highlight/highlight';
import { scopeOf, stylesheet } from '@/content/highlight/highlight-style';

/** A page of `chrome` elements of navigation and footer around `article`. */
function page(article: string, chrome = 40): void {
  const links = '<li><a href="/">Section</a></li>'.repeat(chrome / 2);
  document.body.innerHTML = `<nav><ul>${links}</ul></nav><main class="layout">${article}</main><footer><ul>${links}</ul></footer>`;
}
const root = () => document.querySelector('[data-root]');

beforeEach(() => {
  document.head.innerHTML = '';
});

describe('where the highlight style applies', () => {
  it("names the article's container by its id, else by its first usable class", () => {
    page('<div data-root id="story" class="body"><p>Raqqa fell.</p></div>');
    expect(scopeOf(root())).toBe('#story');
    page('<div data-root class="2col article-body"><p>Raqqa fell.</p></div>');
    expect(scopeOf(root())).toBe('.article-body');
  });

  it('climbs to the nearest named ancestor when the container has no usable name', () => {
    page('<section class="story"><div data-root id="a:b"><p>Raqqa fell.</p></div></section>');
    expect(scopeOf(root())).toBe('.story');
  });

  it('stays unscoped when nothing below the body has a name, or for no root', () => {
    document.body.innerHTML = '<div><div data-root><p>Raqqa fell.</p></div></div>';
    expect(scopeOf(root())).toBe('');
    expect(scopeOf(document.body)).toBe('');
    expect(scopeOf(null)).toBe('');
  });

  it('stays unscoped when what the name covers holds half the page or more', () => {
    page(`<div data-root class="story">${'<p>Raqqa fell.</p>'.repeat(120)}</div>`);
    expect(scopeOf(root())).toBe('');
    // The same class elsewhere counts too: the browser restyles under each of them.
    page(
      `<div data-root class="text"><p>Raqqa.</p></div>${'<p class="text"><b>a</b><b>b</b></p>'.repeat(40)}`,
    );
    expect(scopeOf(root())).toBe('');
  });

  it('writes each highlight rule for the scope and what is under it', () => {
    const css = stylesheet('cm-term', '#story');
    expect(css).toContain('#story::highlight(cm-term),#story ::highlight(cm-term){');
    expect(css).toContain('#story::highlight(cm-term-active),#story ::highlight(cm-term-active){');
    expect(stylesheet('cm-term')).toMatch(/^::highlight\(cm-term\)\{/);
  });

  it("the highlighter's sheet follows the article it is prepared for", () => {
    page('<div data-root id="story"><p>Raqqa fell.</p></div>');
    const highlighter = createHighlighter(document, { prefix: 'cm' });
    highlighter.prepare(root());
    const sheet = () => document.querySelector('style[data-context-margin]')?.textContent ?? '';
    expect(sheet()).toContain('#story ::highlight(cm-term)');
    page('<div data-root id="next-story"><p>Mosul fell.</p></div>');
    highlighter.prepare(root());
    expect(document.querySelectorAll('style[data-context-margin]')).toHaveLength(1);
    expect(sheet()).toContain('#next-story ::highlight(cm-term)');
    highlighter.destroy();
    expect(document.querySelector('style[data-context-margin]')).toBeNull();
  });

  it('follows a container the page renamed between preparing and showing the terms', () => {
    page('<div data-root id="story"><p>Raqqa fell.</p></div>');
    const highlighter = createHighlighter(document, { prefix: 'cm' });
    highlighter.prepare(root());
    (root() as Element).id = 'story-2';
    const text = root()?.querySelector('p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 5);
    highlighter.apply([{ termId: 'raqqa', range }]);
    const sheet = document.querySelector('style[data-context-margin]')?.textContent ?? '';
    expect(sheet).toContain('#story-2 ::highlight(cm-term)');
    expect(sheet).not.toContain('#story ');
    highlighter.destroy();
  });
});
