import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GateFindings, GateOptions } from '@/content/gate/gate';
import { startGate } from '@/content/gate/gate-controller';
import type { GateDeps } from '@/content/gate/gate-deps';
import {
  getGateState,
  getOverlay,
  type OverlayController,
  setGateState,
  setOverlay,
} from '@/content/gate/shared-world';
import type { Detection, Sensitivity } from '@/content/types';
import type { TabStatus } from '@/utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

const about: Detection = { about: true, score: 12, language: 'en', reasons: ['“ISIS” ×5: headline, lead'] };
const notAbout: Detection = { about: false, score: 1, language: 'en', reasons: ['one passing mention'] };

/** A fake overlay that registers itself the way the real one does when the background injects it. */
function fakeOverlay(): OverlayController & { visible: boolean; destroyed: boolean } {
  const overlay = {
    visible: true,
    destroyed: false,
    status: () => ({ overlayVisible: overlay.visible, notes: 4, terms: 9 }),
    setVisible(visible: boolean | 'toggle') {
      overlay.visible = visible === 'toggle' ? !overlay.visible : visible;
    },
    destroy() {
      overlay.destroyed = true;
    },
  };
  return overlay;
}

function harness(options: {
  candidate?: boolean | (() => boolean);
  /** The sniffer found a name before the gate started (taken once, as the shared-world mark is). */
  sniffed?: boolean;
  detection?: (s: Sensitivity) => Detection;
  /** Replaces the whole reading (a test that decides when it ends). */
  read?: (s: Sensitivity, signal: AbortSignal) => Promise<GateFindings | null>;
  settings?: Partial<Settings>;
}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  let onChange: ((s: Settings) => void) | null = null;
  const injected: boolean[] = [];
  const reported: TabStatus[] = [];
  const runGate = vi.fn(
    async (_doc: Document, sensitivity: Sensitivity, _options: GateOptions, signal: AbortSignal) =>
      options.read?.(sensitivity, signal) ?? {
        reading: null,
        detection: options.detection?.(sensitivity) ?? about,
      },
  );
  let sniffed = options.sniffed ?? false;
  const hasCandidate = vi.fn(() =>
    typeof options.candidate === 'function' ? options.candidate() : (options.candidate ?? true),
  );
  const deps: GateDeps = {
    doc: document,
    hostname: 'news.example.com',
    hasCandidate,
    sniffed: () => {
      const was = sniffed;
      sniffed = false;
      return was;
    },
    runGate,
    readSettings: async () => settings,
    watchSettings: (cb) => {
      onChange = cb;
      return () => {
        onChange = null;
      };
    },
    requestOverlay: async (force) => {
      injected.push(force);
      setOverlay(fakeOverlay());
    },
    reportStatus: (status) => reported.push(status),
  };
  const controller = new AbortController();
  const gate = startGate(deps, controller.signal);
  const change = async (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    onChange?.(settings);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    gate,
    injected,
    reported,
    runGate,
    hasCandidate,
    change,
    controller,
    watching: () => onChange !== null,
  };
}

beforeEach(() => {
  setOverlay(undefined);
  setGateState(undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('the gate', () => {
  it('does nothing more on a page without a candidate, and leaves settings unread', async () => {
    const h = harness({ candidate: false });
    await h.gate.ready;
    expect(h.runGate).not.toHaveBeenCalled();
    expect(h.injected).toEqual([]);
    expect(h.watching()).toBe(false);
  });

  it('asks for the overlay on a detected page and shares its findings', async () => {
    const h = harness({});
    await h.gate.ready;
    expect(h.injected).toEqual([false]);
    expect(getGateState()).toEqual({ detection: about, reading: null, forced: false });
  });

  it('does not ask for the overlay when the page is not about it', async () => {
    const h = harness({ detection: () => notAbout });
    await h.gate.ready;
    expect(h.injected).toEqual([]);
  });

  it.each([
    ['the extension is off', { enabled: false }],
    ['the site is off', { disabledSites: ['example.com'] }],
  ])('stays out when %s', async (_, settings) => {
    const h = harness({ settings });
    await h.gate.ready;
    expect(h.runGate).not.toHaveBeenCalled();
    expect(h.injected).toEqual([]);
  });

  it('answers get-status with the overlay counts merged in', async () => {
    const h = harness({});
    await h.gate.ready;
    const status = await h.gate.onMessage({ type: 'get-status' });
    expect(status).toMatchObject({
      detection: about,
      overlayLoaded: true,
      overlayVisible: true,
      notes: 4,
      terms: 9,
      forced: false,
      siteDisabled: false,
      enabled: true,
      hostname: 'news.example.com',
    });
  });

  it('detects on demand when asked about a page that failed the cheap stage', async () => {
    const h = harness({ candidate: false, detection: () => notAbout });
    await h.gate.ready;
    const status = await h.gate.onMessage({ type: 'get-status' });
    expect(status?.detection).toEqual(notAbout);
    expect(status?.overlayLoaded).toBe(false);
    expect(h.injected).toEqual([]);
  });

  it('shows the overlay anyway when asked, marked as forced', async () => {
    const h = harness({ candidate: false, detection: () => notAbout });
    await h.gate.ready;
    const status = await h.gate.onMessage({ type: 'set-overlay', visible: true, force: true });
    expect(h.injected).toEqual([true]);
    expect(getGateState()?.forced).toBe(true);
    expect(status).toMatchObject({ forced: true, overlayLoaded: true, notes: 4 });
  });

  it('toggles a loaded overlay instead of injecting again', async () => {
    const h = harness({});
    await h.gate.ready;
    await h.gate.onMessage({ type: 'set-overlay', visible: 'toggle', force: true });
    expect((await h.gate.onMessage({ type: 'get-status' }))?.overlayVisible).toBe(false);
    await h.gate.onMessage({ type: 'set-overlay', visible: 'toggle', force: true });
    expect((await h.gate.onMessage({ type: 'get-status' }))?.overlayVisible).toBe(true);
    expect(h.injected).toEqual([false]);
  });

  it('does not inject to hide an overlay that is not there', async () => {
    const h = harness({ candidate: false });
    await h.gate.onMessage({ type: 'set-overlay', visible: false });
    expect(h.injected).toEqual([]);
  });

  it('removes the overlay when its site is turned off, and brings it back when turned on', async () => {
    const h = harness({});
    await h.gate.ready;
    const first = getOverlay() as ReturnType<typeof fakeOverlay>;
    await h.change({ disabledSites: ['example.com'] });
    expect(first.destroyed).toBe(true);
    expect(getOverlay()).toBeUndefined();
    expect(h.reported.at(-1)).toMatchObject({ overlayLoaded: false, notes: 0, siteDisabled: true });
    await h.change({ disabledSites: [] });
    expect(h.injected).toEqual([false, false]);
    expect(getOverlay()).toBeDefined();
  });

  it('removes the overlay when the extension is switched off', async () => {
    const h = harness({});
    await h.gate.ready;
    const overlay = getOverlay() as ReturnType<typeof fakeOverlay>;
    await h.change({ enabled: false });
    expect(overlay.destroyed).toBe(true);
  });

  it('re-detects when the sensitivity changes and drops an overlay that no longer qualifies', async () => {
    const h = harness({ detection: (s) => (s === 'strict' ? notAbout : about) });
    await h.gate.ready;
    const overlay = getOverlay() as ReturnType<typeof fakeOverlay>;
    await h.change({ sensitivity: 'strict' });
    expect(h.runGate).toHaveBeenLastCalledWith(
      document,
      'strict',
      { candidate: true },
      expect.any(AbortSignal),
    );
    expect(overlay.destroyed).toBe(true);
    await h.change({ theme: 'dark' });
    expect(h.runGate).toHaveBeenCalledTimes(2);
  });

  it('keeps a forced overlay when the sensitivity changes', async () => {
    const h = harness({ candidate: false, detection: () => notAbout });
    await h.gate.onMessage({ type: 'set-overlay', visible: true, force: true });
    const overlay = getOverlay() as ReturnType<typeof fakeOverlay>;
    await h.change({ sensitivity: 'broad' });
    expect(overlay.destroyed).toBe(false);
  });

  it('ignores foreign messages and stops when aborted', async () => {
    const h = harness({});
    await h.gate.ready;
    expect(h.gate.onMessage({ type: 'status-changed', status: {} })).toBeUndefined();
    expect(h.gate.onMessage({ hello: 1 })).toBeUndefined();
    h.controller.abort();
    expect(h.watching()).toBe(false);
    expect(h.gate.onMessage({ type: 'get-status' })).toBeUndefined();
  });
});

/** Readings that end when the test says, each with the detection it is given. */
function heldReadings() {
  const held: { sensitivity: Sensitivity; signal: AbortSignal; end: (d: Detection | null) => void }[] = [];
  const read = (sensitivity: Sensitivity, signal: AbortSignal) =>
    new Promise<GateFindings | null>((resolve) => {
      held.push({ sensitivity, signal, end: (d) => resolve(d && { reading: null, detection: d }) });
    });
  return { held, read };
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the gate, while it reads the page in slices', () => {
  it('lets a popup that asks meanwhile wait for the same reading', async () => {
    const { held, read } = heldReadings();
    const h = harness({ read });
    await settled();
    const answer = h.gate.onMessage({ type: 'get-status' });
    await settled();
    expect(h.runGate).toHaveBeenCalledTimes(1);
    held[0]?.end(about);
    expect((await answer)?.detection).toEqual(about);
    await h.gate.ready;
    expect(h.injected).toEqual([false]);
  });

  it('lets the newest sensitivity decide when it changes during a reading', async () => {
    const { held, read } = heldReadings();
    const h = harness({ read });
    await settled();
    await h.change({ sensitivity: 'strict' });
    expect(held.map((r) => r.sensitivity)).toEqual(['normal', 'strict']);
    // The older reading would show the overlay; it ends after the newer one started, and is ignored.
    held[0]?.end(about);
    await h.gate.ready;
    expect(h.injected).toEqual([]);
    held[1]?.end(notAbout);
    await settled();
    expect(h.injected).toEqual([]);
    expect((await h.gate.onMessage({ type: 'get-status' }))?.detection).toEqual(notAbout);
    expect(h.runGate).toHaveBeenCalledTimes(2);
  });

  it('decides nothing when it is stopped during a reading', async () => {
    const { held, read } = heldReadings();
    const h = harness({ read });
    await settled();
    h.controller.abort();
    expect(held[0]?.signal.aborted).toBe(true);
    held[0]?.end(null);
    await h.gate.ready;
    expect(h.injected).toEqual([]);
    expect(getGateState()).toBeUndefined();
  });
});

describe('the gate, looking again', () => {
  it('reads a page whose article arrived after the first look', async () => {
    let rendered = false;
    const h = harness({ candidate: () => rendered });
    await h.gate.ready;
    expect(h.runGate).not.toHaveBeenCalled();
    rendered = true;
    await h.gate.recheck(false);
    expect(h.injected).toEqual([false]);
  });

  it('looks again for late content even after the popup asked about the empty page', async () => {
    let rendered = false;
    const h = harness({ candidate: () => rendered, detection: () => (rendered ? about : notAbout) });
    await h.gate.ready;
    expect((await h.gate.onMessage({ type: 'get-status' }))?.detection).toEqual(notAbout);
    rendered = true;
    await h.gate.recheck(false);
    expect(h.injected).toEqual([false]);
  });

  it('does not read a page twice for late content, but does after an in-page navigation', async () => {
    let article = false;
    const h = harness({ detection: () => (article ? about : notAbout) });
    await h.gate.ready;
    article = true;
    await h.gate.recheck(false);
    expect(h.runGate).toHaveBeenCalledTimes(1);
    expect(h.injected).toEqual([]);
    await h.gate.recheck(true);
    expect(h.runGate).toHaveBeenCalledTimes(2);
    expect(h.injected).toEqual([false]);
  });

  it("takes the sniffer's word for the first look, and runs the cheap stage itself after that", async () => {
    let pageNamesTheGroup = false;
    const { gate, hasCandidate, runGate, injected } = harness({
      sniffed: true,
      candidate: () => pageNamesTheGroup,
    });
    await gate.ready;
    expect(hasCandidate).not.toHaveBeenCalled();
    expect(runGate).toHaveBeenCalledWith(document, 'normal', { candidate: true }, expect.any(AbortSignal));
    expect(injected).toEqual([false]);
    setOverlay(undefined);
    await gate.recheck(true);
    expect(hasCandidate).toHaveBeenCalledTimes(1);
    expect(runGate).toHaveBeenCalledTimes(1);
    pageNamesTheGroup = true;
    await gate.recheck(true);
    expect(runGate).toHaveBeenCalledTimes(2);
  });

  it('leaves a loaded overlay alone: it follows navigations itself', async () => {
    const h = harness({});
    await h.gate.ready;
    await h.gate.recheck(true);
    expect(h.runGate).toHaveBeenCalledTimes(1);
    expect(h.injected).toEqual([false]);
  });

  it('never throws out of a failing detector', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const h = harness({
      candidate: () => {
        throw new Error('odd page');
      },
    });
    await expect(h.gate.ready).resolves.toBeUndefined();
    await expect(h.gate.recheck(true)).resolves.toBeUndefined();
  });
});
