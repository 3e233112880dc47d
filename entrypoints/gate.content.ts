import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detect } from '@/content/detect/detect';
import { hasCandidate, runGate } from '@/content/gate/gate';
import { startGate } from '@/content/gate/gate-controller';
import { getGateState, setGateRunning, setPageReader, takeSniffed } from '@/content/gate/shared-world';
import { readPage } from '@/content/read/read-page';
import { LATE_CONTENT_MS, NAVIGATION_SETTLE_MS } from '@/content/sniff/sniffer';
import { tellBackground } from '@/utils/messages';
import { readGateSettings, watchGateSettings } from '@/utils/settings-reader';

// The gate: reads and detects, follows the settings, answers the popup and asks for the overlay.
// The background injects it where the every-page sniffer (entrypoints/sniff.ts) found a name of
// the group, and where the popup or the keyboard command asks about a page. No UI framework and no
// knowledge pack here; the overlay is a third script, injected only where it is needed.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(ctx) {
    // Injected on demand, the gate can land where its match patterns would never run it.
    if (!/^https?:$/.test(location.protocol)) return;
    setGateRunning(true);
    ctx.onInvalidated(() => setGateRunning(false));
    // Lent to the overlay, which would otherwise bundle both again (see content/gate/shared-world.ts).
    setPageReader({ readPage, detect });
    const gate = startGate(
      {
        doc: document,
        hostname: location.hostname,
        hasCandidate,
        sniffed: () => takeSniffed(location.href),
        runGate,
        readSettings: readGateSettings,
        watchSettings: watchGateSettings,
        // The page's language: the background injects its cues and aliases before the overlay.
        requestOverlay: (force) =>
          tellBackground({ type: 'inject-overlay', force, language: getGateState()?.detection?.language }),
        reportStatus: (status) => void tellBackground({ type: 'status-changed', status }),
      },
      ctx.signal,
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
    // Articles that a page script renders after document_idle, or swaps in without a reload.
    ctx.setTimeout(() => void gate.recheck(false), LATE_CONTENT_MS);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => void gate.recheck(true), NAVIGATION_SETTLE_MS);
    });
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
