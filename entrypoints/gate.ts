import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detect } from '@/content/detect/detect';
import { runGateInSlices } from '@/content/gate/gate';
import { startGate } from '@/content/gate/gate-controller';
import {
  claimGate,
  getGateState,
  releaseGate,
  setPageReader,
  takeSniffed,
} from '@/content/gate/shared-world';
import { readPage, readPageSteps } from '@/content/read/read-page';
import { hasCandidate } from '@/content/sniff/cheap-stage';
import { LATE_CONTENT_MS, NAVIGATION_SETTLE_MS, watchNavigation } from '@/content/sniff/sniffer';
import { tellBackground } from '@/utils/messages';
import { readGateSettings, watchGateSettings } from '@/utils/settings-reader';

// The gate: reads and detects, follows the settings, answers the popup and asks for the overlay.
// The background injects it where the every-page sniffer (entrypoints/sniff.ts) found a name of
// the group, and where the popup or the keyboard command asks about a page. No UI framework and no
// knowledge pack here; the overlay is a third script, injected only where it is needed.
// An unlisted script with a private AbortController, not a WXT content script: WXT's content-script
// context posts a message to the page when it starts (a fingerprint of the reader) and obeys any
// event the page dispatches with its name (a spoofed one tore us down). A repeat injection finds
// this one through the isolated world (content/gate/shared-world.ts); navigations come from our own watcher.
// wxt.config.ts writes it to content-scripts/gate.js, where tests and tools have always found it.
export default defineUnlistedScript(() => {
  // Injected on demand, the gate can land where its match patterns would never run it.
  if (!/^https?:$/.test(location.protocol)) return;
  const life = new AbortController();
  const handle = { stop: () => life.abort() };
  claimGate(handle);
  life.signal.addEventListener('abort', () => releaseGate(handle), { once: true });
  // Lent to the overlay, which would otherwise bundle both again (see content/gate/shared-world.ts).
  setPageReader({ readPage, readPageSteps, detect });
  const gate = startGate(
    {
      doc: document,
      hostname: location.hostname,
      hasCandidate,
      sniffed: () => takeSniffed(location.href),
      runGate: runGateInSlices,
      readSettings: readGateSettings,
      watchSettings: watchGateSettings,
      // The page's language: the background injects its cues and aliases before the overlay.
      requestOverlay: (force) =>
        tellBackground({ type: 'inject-overlay', force, language: getGateState()?.detection?.language }),
      reportStatus: (status) => void tellBackground({ type: 'status-changed', status }),
    },
    life.signal,
  );
  // This bundle has no polyfill (see scripts/vite-plain-browser.ts): answer through sendResponse,
  // which both browsers support, rather than by returning a promise.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    const answer = gate.onMessage(message);
    if (!answer) return undefined;
    answer.then(sendResponse, () => sendResponse(null));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), {
    once: true,
  });
  // Articles that a page script renders after document_idle, or swaps in without a reload.
  const later = (ms: number, afterNavigation: boolean) => {
    const timer = setTimeout(() => void gate.recheck(afterNavigation), ms);
    life.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  };
  later(LATE_CONTENT_MS, false);
  watchNavigation(window, life.signal, () => later(NAVIGATION_SETTLE_MS, true));
});
