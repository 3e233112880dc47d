// The session finds notes and terms in tasks after the one that starts it (see in-slices.ts): what
// the page and the overlay look like before, during and after that work, and when it is dropped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { measureInWindow } from '@/content/layout/overlay-geometry';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { loadFixture } from './overlay-page';
import { beginSession } from './overlay-session-start';

// The session's page measurement, observed: when it runs, and what the session showed by then.
vi.mock('@/content/layout/overlay-geometry', async (original) => {
  const actual = await original<typeof import('@/content/layout/overlay-geometry')>();
  return { ...actual, measureInWindow: vi.fn(actual.measureInWindow) };
});

let abort: AbortController;
beforeEach(() => {
  loadFixture('is-article-en.html');
  abort = new AbortController();
});
afterEach(() => abort.abort());

const begin = (settings = DEFAULT_SETTINGS) => beginSession(abort.signal, settings);

describe('the overlay session’s work in later tasks', () => {
  it('shows nothing until its notes and terms are found, then both at once', async () => {
    const session = begin();
    const seen: { ready: boolean; notes: number; terms: number }[] = [];
    session.state.subscribe(() => {
      const { ready, analysis } = session.state.get();
      seen.push({ ready, notes: analysis.notes.length, terms: analysis.terms.length });
    });
    expect(session.state.get().ready).toBe(false);
    expect(session.state.get().analysis.notes).toEqual([]);
    await session.analysed();
    const { ready, analysis } = session.state.get();
    expect(ready).toBe(true);
    expect(analysis.notes.length).toBeGreaterThan(2);
    expect(analysis.terms.length).toBeGreaterThan(0);
    // An ordinary article: one state with its notes and terms, none with notes alone.
    expect(seen.filter((s) => s.ready)).toEqual([
      { ready: true, notes: analysis.notes.length, terms: analysis.terms.length },
    ]);
  });

  it('adds its highlight style at once, so that the page restyles before the terms are shown', async () => {
    const session = begin();
    expect(document.querySelectorAll('style[data-context-margin]').length).toBe(1);
    await session.analysed();
    expect(document.querySelectorAll('style[data-context-margin]').length).toBe(1);
  });

  it('measures the page only once there is something to place, in the frame after it is shown', async () => {
    const session = begin();
    const actual = await vi.importActual<typeof import('@/content/layout/overlay-geometry')>(
      '@/content/layout/overlay-geometry',
    );
    const readyAtMeasure: boolean[] = [];
    vi.mocked(measureInWindow).mockImplementation((...args) => {
      readyAtMeasure.push(session.state.get().ready);
      return actual.measureInWindow(...args);
    });
    const host = document.createElement('div');
    document.documentElement.append(host);
    // Attached before the analysis, as the overlay script does: measuring then would force the
    // page's restyle for the highlight style inside our task, for nothing to place.
    session.attach(host);
    await session.analysed();
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    vi.mocked(measureInWindow).mockImplementation(actual.measureInWindow);
    host.remove();
    expect(readyAtMeasure).toEqual([true]);
  });

  it('adds no highlight style when highlights are off', async () => {
    const session = begin({ ...DEFAULT_SETTINGS, highlights: false });
    await session.analysed();
    expect(session.state.get().analysis.notes.length).toBeGreaterThan(0);
    expect(document.querySelector('style[data-context-margin]')).toBeNull();
  });

  it('drops work under way when its signal aborts: nothing is shown and the page is as it was', async () => {
    const before = document.documentElement.outerHTML;
    const session = begin();
    abort.abort();
    await session.analysed();
    expect(session.state.get().ready).toBe(false);
    expect(session.state.get().analysis.notes).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('drops an analysis under way for the newer settings: only the newer one is ever shown', async () => {
    const session = begin({ ...DEFAULT_SETTINGS, maxNotes: 3 });
    const shown: number[] = [];
    session.state.subscribe(() => {
      const { ready, analysis } = session.state.get();
      if (ready) shown.push(analysis.notes.length);
    });
    session.updateSettings({ ...DEFAULT_SETTINGS, maxNotes: 1 });
    await session.analysed();
    expect(shown).toEqual([1]);
  });
});
