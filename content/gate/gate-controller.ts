import type { Gate, GateDeps } from '@/content/gate/gate-deps';
import { getOverlay, setGateState, setOverlay } from '@/content/gate/shared-world';
import type { Detection, PageReading, Sensitivity } from '@/content/types';
import { isTabRequest, type Message, type TabStatus } from '@/utils/messages';
import { isSiteDisabled } from '@/utils/settings-core/schema';
import { warn } from '@/utils/settings-core/warn';
import type { GateSettings } from '@/utils/settings-reader';
import { emptyTabStatus } from '@/utils/tab-status';

// The every-page gate's lifecycle, framework-free so it can be tested in happy-dom: cheap check,
// settings, detection, then a request for the overlay; answers the popup; follows settings live.

export function startGate(deps: GateDeps, signal: AbortSignal): Gate {
  let settings: GateSettings | null = null;
  let detection: Detection | null = null;
  let reading: PageReading | null = null;
  let checkedWith: Sensitivity | null = null;
  let forced = false;
  let blocked = false;
  let unwatch: (() => void) | null = null;
  /** True once the cheap stage found a candidate; a popup asking about the page does not count. */
  let sawCandidate = false;

  const isBlocked = (s: GateSettings) => !s.enabled || isSiteDisabled(deps.hostname, s);

  async function ensureSettings(): Promise<GateSettings> {
    if (settings) return settings;
    const loaded = await deps.readSettings();
    if (signal.aborted) return loaded;
    settings = loaded;
    blocked = isBlocked(loaded);
    if (!unwatch) unwatch = deps.watchSettings(onSettings);
    return loaded;
  }

  /** The reading under way: a caller asking with the same sensitivity waits for it, not for another. */
  let pending: { sensitivity: Sensitivity; found: Promise<Detection | null> } | null = null;

  /** The page's detection with `sensitivity`, read in slices once; null when superseded or stopped. */
  function detect(sensitivity: Sensitivity): Promise<Detection | null> {
    if (detection && checkedWith === sensitivity) return Promise.resolve(detection);
    if (pending?.sensitivity === sensitivity) return pending.found;
    // Only a passed cheap stage is passed on: a page that failed it may have gained content since.
    const options = { candidate: sawCandidate || undefined };
    const found = deps.runGate(deps.doc, sensitivity, options, signal).then((result) => {
      // A newer reading (other settings, or a page swapped in meanwhile) decides instead.
      if (pending?.found !== found || !result) return null;
      pending = null;
      ({ detection, reading } = result);
      checkedWith = sensitivity;
      return detection;
    });
    pending = { sensitivity, found };
    return found;
  }

  async function showOverlay(force: boolean): Promise<void> {
    forced = force;
    setGateState({ detection, reading, forced });
    await deps.requestOverlay(force);
  }

  function removeOverlay(): void {
    const overlay = getOverlay();
    if (!overlay) return;
    overlay.destroy();
    setOverlay(undefined);
    setGateState(undefined);
    forced = false;
    deps.reportStatus(status());
  }

  /** Detects with the current settings and brings the overlay in line with the result. */
  async function decide(): Promise<void> {
    if (!settings || blocked) return;
    const found = await detect(settings.sensitivity);
    if (!found || signal.aborted || blocked) return;
    if (found.about && !getOverlay()) await showOverlay(false);
    else if (!found.about && !forced) removeOverlay();
  }

  function onSettings(next: GateSettings): void {
    if (signal.aborted) return;
    const wasBlocked = blocked;
    settings = next;
    blocked = isBlocked(next);
    if (blocked && !wasBlocked) removeOverlay();
    else if (!blocked && (wasBlocked || checkedWith !== next.sensitivity)) void decide();
  }

  function status(): TabStatus {
    const overlay = getOverlay();
    return {
      ...emptyTabStatus(),
      detection,
      forced,
      siteDisabled: settings ? isSiteDisabled(deps.hostname, settings) : false,
      enabled: settings?.enabled ?? true,
      hostname: deps.hostname,
      ...(overlay ? { overlayLoaded: true, ...overlay.status() } : {}),
    };
  }

  async function answer(message: Message): Promise<TabStatus> {
    const current = await ensureSettings();
    if (message.type === 'set-overlay') {
      const overlay = getOverlay();
      if (overlay) overlay.setVisible(message.visible);
      else if (message.visible !== false) {
        await detect(current.sensitivity);
        await showOverlay(true);
      }
    } else if (!detection) {
      // Pages that failed the cheap stage get their full reading only when someone asks.
      await detect(current.sensitivity);
    }
    return status();
  }

  async function check(): Promise<void> {
    try {
      sawCandidate = deps.sniffed() || deps.hasCandidate(deps.doc);
      if (sawCandidate) await ensureSettings().then(decide);
    } catch (error) {
      warn('gate failed', error);
    }
  }
  const ready = check();
  signal.addEventListener('abort', () => unwatch?.(), { once: true });

  return {
    ready,
    recheck(afterNavigation) {
      if (signal.aborted || getOverlay() || (sawCandidate && !afterNavigation)) return Promise.resolve();
      detection = null;
      reading = null;
      checkedWith = null;
      pending = null;
      return check();
    },
    onMessage(message) {
      return signal.aborted || !isTabRequest(message) ? undefined : answer(message);
    },
  };
}
