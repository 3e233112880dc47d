// One showing of the overlay, from start to stop: a session, the UI mounted for it, and the watch on
// the page taking that UI away. Stopping aborts the session and removes the UI; a run that was
// stopped while its UI was still loading drops the UI when it arrives. Whether to show again is the
// controller's call: a run only reports what happened to it.

import { watchHostRemoval } from './overlay-host-watch';
import { createOverlaySession, type OverlaySession, type OverlaySessionOptions } from './overlay-session';

export interface MountedUi {
  host: Element;
  remove(): void;
}

export interface OverlayRun {
  readonly session: OverlaySession;
  /** Mounts the UI. Apart from creating the run, so that its owner holds it before the UI renders. */
  show(): void;
  stop(): void;
}

export function countsOf(session: OverlaySession | undefined): { notes: number; terms: number } {
  const analysis = session?.state.get().analysis;
  return { notes: analysis?.notes.length ?? 0, terms: analysis?.terms.length ?? 0 };
}

/**
 * `counted` hears that the number of notes or terms changed; `lost` that the run stopped by itself:
 * the UI could not be mounted, or the page `removed` its host.
 */
export function createOverlayRun(
  sessionOptions: Omit<OverlaySessionOptions, 'signal'>,
  mount: (session: OverlaySession) => Promise<MountedUi>,
  counted: () => void,
  lost: (removed: boolean) => void,
): OverlayRun {
  const abort = new AbortController();
  const stopped = () => abort.signal.aborted;
  const session = createOverlaySession({ ...sessionOptions, signal: abort.signal });
  let ui: MountedUi | null = null;
  const stop = () => {
    if (stopped()) return;
    abort.abort();
    ui?.remove();
  };

  let lastCounts = '';
  session.state.subscribe(() => {
    const now = JSON.stringify(countsOf(session));
    if (now !== lastCounts && !stopped()) {
      lastCounts = now;
      counted();
    }
  });
  const show = () =>
    mount(session).then(
      (mounted) => {
        // Hidden again while the UI was loading: drop it at once.
        if (stopped()) return mounted.remove();
        ui = mounted;
        session.attach(mounted.host);
        watchHostRemoval(mounted.host, abort.signal, () => {
          if (stopped()) return;
          stop();
          lost(true);
        });
      },
      (error) => {
        // Nothing half-shown: no highlights without cards, no status that says the notes are there.
        console.warn('[context-margin] cannot show the overlay', error);
        if (stopped()) return;
        stop();
        lost(false);
      },
    );
  return { session, show, stop };
}
