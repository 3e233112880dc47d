import { beforeEach, describe, expect, it } from 'vitest';
import { isSkippedElement, walkText } from '@/content/text/text-walker';

function article(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article') as HTMLElement;
}

const texts = (root: Element) => walkText(root).map((node) => node.data);

describe('walkText', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('returns the prose text nodes in document order, whitespace-only ones left out', () => {
    const root = article('<h1>Title</h1>\n  <p>One <em>two</em> three</p>\n<p>Four</p>');
    expect(texts(root)).toEqual(['Title', 'One ', 'two', ' three', 'Four']);
  });

  it('skips scripts, styles, form controls, buttons, code and embedded media', () => {
    const root = article(`<p>kept</p>
      <script>var x = 'ISIS';</script><style>p{}</style><noscript>ns</noscript><template>tpl</template>
      <textarea>ta</textarea><select><option>opt</option></select><button>btn</button>
      <code>c</code><pre>p</pre><kbd>k</kbd><samp>s</samp><svg><text>svg</text></svg><math><mi>x</mi></math>
      <p>also kept</p>`);
    expect(texts(root)).toEqual(['kept', 'also kept']);
  });

  it('skips editable, hidden and aria-hidden subtrees but not contenteditable="false"', () => {
    const root = article(`<div contenteditable>edit</div><div contenteditable="true">edit2</div>
      <div contenteditable="plaintext-only">edit3</div><div contenteditable="false">fixed</div>
      <div hidden>hidden</div><div aria-hidden="true">aria</div><div aria-hidden="false">shown</div>
      <div style="color: red; display : none">styled away</div><div style="display:block">block</div>`);
    expect(texts(root)).toEqual(['fixed', 'shown', 'block']);
  });

  it('skips our own UI: the host element and anything marked data-context-margin', () => {
    const root = article(
      '<p>page</p><context-margin>ui</context-margin><div data-context-margin><span>also ui</span></div><p>more</p>',
    );
    expect(texts(root)).toEqual(['page', 'more']);
  });

  it('returns nothing when the root itself sits in skipped content', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><section><p>draft</p></section></div><pre><span>x</span></pre>';
    expect(texts(document.querySelector('section') as Element)).toEqual([]);
    expect(texts(document.querySelector('pre') as Element)).toEqual([]);
  });

  it('returns the very Text objects of the page, not copies', () => {
    const root = article('<p>Raqqa</p>');
    const original = root.querySelector('p')?.firstChild;
    expect(walkText(root)[0]).toBe(original);
  });

  it('returns [] for an aborted signal', () => {
    const root = article('<p>text</p>');
    const controller = new AbortController();
    controller.abort();
    expect(walkText(root, { signal: controller.signal })).toEqual([]);
  });

  it('walks a deep, wide page without trouble', () => {
    const root = article('');
    let parent: Element = root;
    for (let depth = 0; depth < 300; depth++) {
      const child = document.createElement('div');
      child.append(`level ${depth}`);
      parent.append(child);
      parent = child;
    }
    expect(walkText(root)).toHaveLength(300);
  });
});

describe('isSkippedElement', () => {
  it('is false for ordinary prose elements', () => {
    for (const tag of ['p', 'span', 'em', 'a', 'blockquote', 'li']) {
      expect(isSkippedElement(document.createElement(tag))).toBe(false);
    }
  });
});
