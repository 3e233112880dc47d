// The overlay's on/off switch, shared with the gate and the popup through `setOverlay`. Showing
// starts a session and mounts the UI; hiding aborts the session and removes the UI, which leaves
// the page as it was. Mounting is injected so that this file stays framework-free.

import type { GateState, OverlayController, PageReader } from '@/content/gate/shared-world';
import type { TabStatus } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import { awaitArticle } from './overlay-await-article';
import { watchHostRemoval } from './overlay-host-watch';
import { createOverlaySession, type OverlaySession } from './overlay-session';

export interface MountedUi {
  host: Element;
  remove(): void;
}

export interface OverlayControllerOptions {
  doc: Document;
  gate(): GateState | undefined;
  /** The gate's reader in the extension; the modules themselves in tests. */
  reader: PageReader;
  settings: Settings;
  mount(session: OverlaySession, hide: () => void): Promise<MountedUi>;
  publish(status: TabStatus): void;
  /** False once the extension context that runs this overlay is gone (a newer injection replaces it). */
  alive?(): boolean;
}

/** How many times the host is mounted again after the page removed it, before the overlay gives up. */
export const MAX_REMOUNTS = 1;

export interface OverlayControllerHandle extends OverlayController {
  updateSettings(settings: Settings): void;
  /** The page navigated without a reload: start again on the new article, or stay away. */
  navigated(): void;
  /** Calls `callback` once, when the controller is destroyed. */
  onDestroyed(callback: () => void): void;
}

export function createOverlayController(options: OverlayControllerOptions): OverlayControllerHandle {
  const { doc, reader } = options;
  let settings = options.settings;
  let visible = false;
  let gate = options.gate();
  let running: { abort: AbortController; session: OverlaySession; ui: MountedUi | null } | null = null;
  let destroyed = false;
  let awaiting: AbortController | null = null;
  let remounts = 0;
  const onDestroy: (() => void)[] = [];

  const readAndDetect = () => {
    const reading = reader.readPage(doc);
    return { reading, detection: reader.detect(reading, settings.sensitivity), forced: false };
  };

  const counts = () => {
    const analysis = running?.session.state.get().analysis;
    return { notes: analysis?.notes.length ?? 0, terms: analysis?.terms.length ?? 0 };
  };
  const status = () => ({ overlayVisible: visible, ...counts() });
  const publish = () => {
    const detection = running?.session.state.get().detection ?? gate?.detection ?? null;
    options.publish({
      detection,
      overlayLoaded: !destroyed,
      overlayVisible: visible,
      forced: gate?.forced ?? false,
      ...counts(),
      siteDisabled: false,
      hostname: doc.location?.hostname ?? '',
      enabled: settings.enabled,
    });
  };

  const stop = () => {
    if (!running) return;
    const { abort, ui } = running;
    running = null;
    abort.abort();
    ui?.remove();
  };

  const start = () => {
    const abort = new AbortController();
    const session = createOverlaySession({ doc, settings, gate, reader, signal: abort.signal });
    const current: NonNullable<typeof running> = { abort, session, ui: null };
    running = current;
    let lastCounts = '';
    session.state.subscribe(() => {
      const now = JSON.stringify(counts());
      if (now !== lastCounts && running === current) {
        lastCounts = now;
        publish();
      }
    });
    options
      .mount(session, () => controller.setVisible(false))
      .then(
        (ui) => {
          // Hidden again while the UI was loading: drop it at once.
          if (running !== current) return ui.remove();
          current.ui = ui;
          session.attach(ui.host);
          watchHostRemoval(ui.host, abort.signal, () => hostRemoved(current));
        },
        (error) => {
          // Nothing half-shown: no highlights without cards, no status that says the notes are there.
          console.warn('[context-margin] cannot show the overlay', error);
          if (running !== current) return;
          stop();
          visible = false;
          publish();
        },
      );
  };

  // The page took our host away: mount it again once (a framework that re-rendered the root), then
  // take the hint and tear down, highlights and all.
  const hostRemoved = (current: NonNullable<typeof running>) => {
    if (running !== current) return;
    stop();
    if (remounts++ < MAX_REMOUNTS) return start();
    visible = false;
    publish();
  };

  const controller: OverlayControllerHandle = {
    status,
    alive: options.alive,
    onDestroyed(callback) {
      if (destroyed) callback();
      else onDestroy.push(callback);
    },
    setVisible(next) {
      if (destroyed) return;
      awaiting?.abort();
      const want = next === 'toggle' ? !visible : next;
      if (want === visible) return;
      visible = want;
      if (want) remounts = 0;
      if (visible && settings.enabled) start();
      else stop();
      publish();
    },
    destroy() {
      if (destroyed) return;
      awaiting?.abort();
      visible = false;
      stop();
      destroyed = true;
      publish();
      for (const callback of onDestroy.splice(0)) callback();
    },
    updateSettings(next) {
      settings = next;
      if (!next.enabled) return controller.setVisible(false);
      running?.session.updateSettings(next);
    },
    navigated() {
      if (destroyed) return;
      const wasVisible = visible;
      controller.setVisible(false);
      // The gate's reading and any "show anyway" belong to the previous page.
      gate = readAndDetect();
      if (wasVisible && gate.detection?.about) return controller.setVisible(true);
      publish();
      if (!wasVisible) return;
      awaiting = new AbortController();
      awaitArticle({
        doc,
        check: readAndDetect,
        signal: awaiting.signal,
        onArticle(found) {
          gate = found;
          controller.setVisible(true);
        },
      });
    },
  };
  return controller;
}
