import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, withoutObserving } from '@/content/overlay/watch-page';

function article(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article') as HTMLElement;
}

/** Lets the MutationObserver deliver (a microtask), then runs the timers due within `ms`. */
async function elapse(ms: number) {
  await Promise.resolve();
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  await vi.advanceTimersByTimeAsync(ms);
}

describe('watchPage', () => {
  let controller: AbortController;
  /** How many times the watcher reported a content change. */
  let runs: number;

  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    runs = 0;
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const watch = (root: Element, extra: { debounceMs?: number; maxRunsPerMinute?: number } = {}) =>
    watchPage({ root, onChange: () => runs++, signal: controller.signal, ...extra });

  it('reports content that arrives late, once per burst, after a quiet time', async () => {
    const root = article('<p>first</p>');
    watch(root, { debounceMs: 200 });
    for (let i = 0; i < 5; i++) root.append(document.createElement('p'));
    await elapse(100);
    expect(runs).toBe(0);
    await elapse(150);
    expect(runs).toBe(1);
  });

  it('waits for the quiet time after the last change of a burst that goes on', async () => {
    const root = article('<p>first</p>');
    watch(root, { debounceMs: 100 });
    for (let i = 0; i < 15; i++) {
      root.append(document.createElement('p'));
      await elapse(10); // changes for 150 ms, each before the quiet time is over
    }
    expect(runs).toBe(0);
    await elapse(60);
    expect(runs).toBe(0);
    await elapse(50);
    expect(runs).toBe(1);
  });

  it('keeps one timer for a burst rather than one per change', async () => {
    const root = article('<p>ticker</p>');
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    watch(root, { debounceMs: 100 });
    for (let tick = 0; tick < 100; tick++) {
      (root.firstChild as Element).textContent = String(tick);
      await elapse(10);
    }
    // A second of changes every 10 ms: a run every 400 ms, the timer re-armed once per quiet time
    // rather than once per change (100).
    expect(runs).toBe(2);
    expect(setTimer.mock.calls.length).toBeLessThanOrEqual(15);
    setTimer.mockRestore();
  });

  it('reports text edits too', async () => {
    const root = article('<p>first</p>');
    watch(root, { debounceMs: 50 });
    (root.querySelector('p')?.firstChild as Text).data = 'changed';
    await elapse(100);
    expect(runs).toBe(1);
  });

  it('ignores changes inside our own UI and our own host element coming and going', async () => {
    const root = article(
      '<p>first</p><context-margin></context-margin><div data-context-margin><span>ui</span></div>',
    );
    watch(root, { debounceMs: 50 });
    root.querySelector('context-margin')?.append(document.createElement('div'));
    root.querySelector('span')?.append('more ui');
    const host = document.createElement('context-margin');
    root.append(host);
    host.remove();
    await elapse(200);
    expect(runs).toBe(0);
  });

  it('ignores DOM work done through withoutObserving, but not page changes queued before it', async () => {
    const root = article('<p>first</p>');
    watch(root, { debounceMs: 50 });
    withoutObserving(() => root.append(document.createElement('p')));
    await elapse(200);
    expect(runs).toBe(0);
    root.append(document.createElement('p'));
    withoutObserving(() => root.append(document.createElement('p')));
    await elapse(200);
    expect(runs).toBe(1);
  });

  it('still runs during a page that never stops mutating, and never above the cap', async () => {
    const root = article('<p>ticker</p>');
    watch(root, { debounceMs: 100, maxRunsPerMinute: 5 });
    // 100 mutations a second for two minutes.
    for (let tick = 0; tick < 12_000; tick++) {
      root.setAttribute('data-x', String(tick)); // attributes are not watched…
      (root.firstChild as Element).textContent = String(tick); // …text is
      await vi.advanceTimersByTimeAsync(10);
      if (tick === 200) expect(runs).toBeGreaterThan(0); // runs within two seconds
      if (tick === 5999) expect(runs).toBeLessThanOrEqual(5);
    }
    expect(runs).toBeLessThanOrEqual(10);
    expect(runs).toBeGreaterThanOrEqual(9);
  });

  it('leaves layout changes to watchLayout: resizes, loads, fonts and scrolling are no content change', async () => {
    document.body.innerHTML = '<div id="scroller"><article><p>text</p><img alt=""></article></div>';
    const root = document.querySelector('article') as HTMLElement;
    const fonts = new EventTarget();
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
    try {
      watch(root, { debounceMs: 20 });
      window.dispatchEvent(new Event('resize'));
      root.querySelector('img')?.dispatchEvent(new Event('load'));
      document.querySelector('#scroller')?.dispatchEvent(new Event('scroll'));
      fonts.dispatchEvent(new Event('loadingdone'));
      await elapse(100);
      expect(runs).toBe(0);
      root.append(document.createElement('p'));
      await elapse(100);
      expect(runs).toBe(1);
    } finally {
      Reflect.deleteProperty(document, 'fonts');
    }
  });

  it('stops everything on abort: no runs, no pending timer', async () => {
    const root = article('<p>text</p>');
    watch(root, { debounceMs: 50 });
    root.append(document.createElement('p'));
    await Promise.resolve();
    controller.abort();
    await elapse(200);
    root.append(document.createElement('p'));
    window.dispatchEvent(new Event('resize'));
    await elapse(200);
    expect(runs).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing for an already aborted signal', async () => {
    const root = article('<p>text</p>');
    controller.abort();
    watch(root, { debounceMs: 10 });
    root.append(document.createElement('p'));
    await elapse(100);
    expect(runs).toBe(0);
  });
});
