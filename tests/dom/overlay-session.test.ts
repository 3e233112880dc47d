import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_GEOMETRY } from '@/content/layout/overlay-geometry';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { loadFixture, replaceArticle } from './overlay-page';
import { beginSession } from './overlay-session-start';

let abort: AbortController;
beforeEach(() => {
  loadFixture('is-article-en.html');
  abort = new AbortController();
});
afterEach(() => abort.abort());

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

const begin = (settings = DEFAULT_SETTINGS) => beginSession(abort.signal, settings);

/** A session whose first analysis is shown. */
const start = async (settings = DEFAULT_SETTINGS) => {
  const session = begin(settings);
  await session.analysed();
  return session;
};

describe('createOverlaySession', () => {
  it('reads and detects the page itself when the gate left nothing, and places notes on its paragraphs', async () => {
    const { state } = await start();
    const { detection, analysis, reading } = state.get();
    expect(detection?.about).toBe(true);
    expect(analysis.language).toBe('en');
    expect(analysis.notes.length).toBeGreaterThan(2);
    expect(analysis.notes.length).toBeLessThanOrEqual(DEFAULT_SETTINGS.maxNotes);
    expect(analysis.notes.map((n) => n.number)).toEqual(analysis.notes.map((_, i) => i + 1));
    for (const { placement } of analysis.notes) {
      expect(reading?.paragraphs).toContain(placement.paragraph);
      expect(placement.matched.length).toBeGreaterThan(0);
    }
    expect(analysis.terms.map((t) => t.term.id)).toContain('islamic-state');
  });

  it('follows the settings: cap, kinds and highlights', async () => {
    const session = await start({ ...DEFAULT_SETTINGS, maxNotes: 2 });
    expect(session.state.get().analysis.notes.length).toBe(2);
    session.updateSettings({
      ...DEFAULT_SETTINGS,
      kinds: { argument: true, claim: false, prediction: true },
      highlights: false,
    });
    await session.analysed();
    const { analysis } = session.state.get();
    expect(analysis.notes.length).toBeGreaterThan(0);
    expect(analysis.notes.some((n) => n.note.kind === 'claim')).toBe(false);
    expect(analysis.matches).toEqual([]);
  });

  it('leaves the page exactly as it was when its signal aborts', async () => {
    const before = document.documentElement.outerHTML;
    const session = await start();
    expect(session.state.get().analysis.matches.length).toBeGreaterThan(0);
    abort.abort();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.querySelector('[data-context-margin]')).toBeNull();
  });

  it('opens and closes a term card through its state', async () => {
    const session = await start();
    // Keys and the pointer are watched from the first frame on (nothing is on screen before it).
    await new Promise((done) => requestAnimationFrame(done));
    const first = session.state.get().analysis.terms[0];
    if (!first) throw new Error('no term found');
    session.openTerm({ termId: first.term.id, range: first.first }, 'focus');
    expect(session.state.get().activeTerm).toMatchObject({ termId: first.term.id, via: 'focus' });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(session.state.get().activeTerm).toBeNull();
  });

  it('re-reads the page when the article changes', async () => {
    const session = await start();
    const before = session.state.get().analysis.notes.map((n) => n.note.id);
    const p = document.createElement('p');
    p.textContent =
      'Smugglers who move migrants and refugees across the Mediterranean could carry militants, and Libya, from Sirte to Tripoli, lies close to southern Europe.';
    document.querySelector('article')?.append(p);
    await vi.waitFor(
      () => {
        const ids = session.state.get().analysis.notes.map((n) => n.note.id);
        expect(ids).not.toEqual(before);
        expect(session.state.get().reading?.paragraphs).toContain(p);
      },
      { timeout: 3000, interval: 50 },
    );
  });

  it('keeps no notes when the article is swapped in place for one not about the group', async () => {
    const session = await start();
    expect(session.state.get().analysis.notes.length).toBeGreaterThan(0);
    replaceArticle(
      ['The council approved new cycle lanes on the ring road after a long debate.'],
      'Cycle lanes approved',
    );
    await vi.waitFor(() => expect(session.state.get().detection?.about).toBe(false), {
      timeout: 3000,
      interval: 50,
    });
    expect(session.state.get().analysis.notes).toEqual([]);
    expect(session.state.get().analysis.matches).toEqual([]);
  });

  it('relays out its notes after the page moves them without a content change', async () => {
    const session = await start();
    const host = document.createElement('context-margin');
    document.body.append(host);
    session.attach(host);
    await nextFrame();
    await nextFrame();
    const laidOut = session.state.get().geometry;
    expect(laidOut).not.toBe(EMPTY_GEOMETRY);
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
    expect(session.state.get().geometry).not.toBe(laidOut);
  });

  it('listens to each layout trigger once', async () => {
    const fonts = new EventTarget();
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
    const spies = [window, document, document.documentElement, document.body, fonts].map((target) =>
      vi.spyOn(target, 'addEventListener'),
    );
    try {
      const session = await start();
      session.attach(document.body.appendChild(document.createElement('context-margin')));
      await nextFrame();
      const triggers = ['resize', 'scroll', 'load', 'loadingdone'];
      const types = spies.flatMap((spy) => spy.mock.calls.map(([type]) => type));
      expect(types.filter((type) => triggers.includes(type)).sort()).toEqual([...triggers].sort());
    } finally {
      for (const spy of spies) spy.mockRestore();
      Reflect.deleteProperty(document, 'fonts');
    }
  });
});
