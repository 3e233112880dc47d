import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLayout } from '@/content/overlay/overlay-triggers';

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

/** A ResizeObserver that records what it observes and reports sizes when the test says so. */
class RecordingResizeObserver {
  static last: RecordingResizeObserver | null = null;
  observed: Element[] = [];
  connected = true;
  constructor(readonly report: () => void) {
    RecordingResizeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.connected = false;
  }
}

describe('watchLayout', () => {
  let abort: AbortController;
  let layouts: number;
  let article: HTMLElement;
  const start = () =>
    watchLayout({ doc: document, observe: [article], onLayout: () => layouts++, signal: abort.signal });

  beforeEach(() => {
    document.body.innerHTML = '<div id="scroller"><article><p>text</p><img alt=""></article></div>';
    article = document.querySelector('article') as HTMLElement;
    abort = new AbortController();
    layouts = 0;
  });
  afterEach(() => {
    abort.abort();
    vi.unstubAllGlobals();
    Reflect.deleteProperty(document, 'fonts');
  });

  it('lays out once per frame after a resize, an image, a web font or a scrolling container', async () => {
    const fonts = new EventTarget();
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
    start();
    window.dispatchEvent(new Event('resize'));
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
    expect(layouts).toBe(1);
    article.querySelector('img')?.dispatchEvent(new Event('load'));
    await nextFrame();
    expect(layouts).toBe(2);
    fonts.dispatchEvent(new Event('loadingdone'));
    await nextFrame();
    expect(layouts).toBe(3);
    document.querySelector('#scroller')?.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(layouts).toBe(4);
  });

  it('ignores the document scrolling: the notes move with the page', async () => {
    start();
    document.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(layouts).toBe(0);
  });

  it('watches the size of the article and of the body, until the signal aborts', async () => {
    vi.stubGlobal('ResizeObserver', RecordingResizeObserver);
    start();
    const resizes = RecordingResizeObserver.last as RecordingResizeObserver;
    expect(resizes.observed).toEqual([article, document.body]);
    resizes.report();
    await nextFrame();
    expect(layouts).toBe(1);
    abort.abort();
    expect(resizes.connected).toBe(false);
  });

  it('observes the body once when it is the article root', () => {
    vi.stubGlobal('ResizeObserver', RecordingResizeObserver);
    article = document.body;
    start();
    expect(RecordingResizeObserver.last?.observed).toEqual([document.body]);
  });

  it('does nothing after the signal aborts', async () => {
    start();
    abort.abort();
    window.dispatchEvent(new Event('resize'));
    article.querySelector('img')?.dispatchEvent(new Event('load'));
    await nextFrame();
    expect(layouts).toBe(0);
  });
});
