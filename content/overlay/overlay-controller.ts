// The overlay's on/off switch, shared with the gate and the popup through `setOverlay`. Showing
// starts a run (overlay-run.ts: a session and its UI); hiding stops it, which leaves the page as it
// was. Mounting is injected so that this file stays framework-free.

import type { GateState, OverlayController, PageReader } from '@/content/gate/shared-world';
import type { TabStatus } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import { awaitArticle } from './overlay-await-article';
import { countsOf, createOverlayRun, type MountedUi, type OverlayRun } from './overlay-run';
import type { OverlaySession } from './overlay-session';

export type { MountedUi } from './overlay-run';

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
  let running: OverlayRun | null = null;
  let destroyed = false;
  let awaiting: AbortController | null = null;
  let remounts = 0;
  const onDestroy: (() => void)[] = [];

  const readAndDetect = () => {
    const reading = reader.readPage(doc);
    return { reading, detection: reader.detect(reading, settings.sensitivity), forced: false };
  };

  /** What the last run found, kept while hidden: the popup tells what showing the notes brings back. */
  let found = { notes: 0, terms: 0 };

  const status = () => ({ overlayVisible: visible, ...(running ? countsOf(running.session) : found) });
  const publish = () => {
    const detection = running?.session.state.get().detection ?? gate?.detection ?? null;
    options.publish({
      detection,
      overlayLoaded: !destroyed,
      ...status(),
      forced: gate?.forced ?? false,
      siteDisabled: false,
      hostname: doc.location?.hostname ?? '',
      enabled: settings.enabled,
    });
  };

  const stop = () => {
    if (running) found = countsOf(running.session);
    running?.stop();
    running = null;
  };

  const start = () => {
    running = createOverlayRun(
      { doc, settings, gate, reader },
      (session) => options.mount(session, () => controller.setVisible(false)),
      publish,
      (removed) => {
        running = null;
        // The page took our host away: mount it again once (a framework that re-rendered the
        // root), then take the hint and tear down, highlights and all.
        if (removed && remounts++ < MAX_REMOUNTS) return start();
        visible = false;
        publish();
      },
    );
    running.show();
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
      // The gate's reading, any "show anyway" and what was found belong to the previous page.
      found = { notes: 0, terms: 0 };
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
