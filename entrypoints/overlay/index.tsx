import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OverlayApp } from '@/components/overlay/OverlayApp';
// Bundled as text and handed to the shadow root: no stylesheet request, no web-accessible resource.
import overlayCss from '@/components/overlay/overlay.css?inline';
import { getGateState, getOverlay, getPageReader, setOverlay } from '@/content/gate/shared-world';
import { createOverlayController } from '@/content/overlay/overlay-controller';
import { watchNavigation } from '@/content/sniff/sniffer';
import { readStoredSettings, watchStoredSettings } from '@/utils/settings-reader';
import { createShadowHost } from './shadow-host';

const HOST_NAME = 'context-margin';

// The overlay: injected by the background only into pages that need it. An unlisted script with a
// private AbortController, like the gate (see entrypoints/gate.ts): nothing announces it to the page
// and nothing the page dispatches reaches it. Injecting it again never stacks a second one: a
// controller registered in this isolated world is shown; one whose extension context is gone (an
// update) is torn down and replaced. wxt.config.ts writes it to content-scripts/overlay.js.
export default defineUnlistedScript(async () => {
  const existing = getOverlay();
  if (existing?.alive?.() !== false && existing) return existing.setVisible(true);
  existing?.destroy();
  // The gate, which asked for this script, lends its reader; without it there is nothing to read with.
  const reader = getPageReader();
  if (!reader) return console.warn('[context-margin] the overlay needs the page gate; not shown');
  const life = new AbortController();
  // The raw-storage reader, not WXT's storage items: same validation, a few kilobytes lighter.
  const settings = await readStoredSettings();
  // Injected twice in a row (the sniffer's gate and a popup's may both ask): the other has shown its
  // overlay meanwhile.
  const shownMeanwhile = getOverlay();
  if (shownMeanwhile && shownMeanwhile !== existing) return shownMeanwhile.setVisible(true);
  const controller = createOverlayController({
    doc: document,
    gate: getGateState,
    reader,
    settings,
    async mount(session, hide) {
      const { host, container } = createShadowHost(document, HOST_NAME, overlayCss);
      // On the root element, after the body: out of the page's flow and of its flex or grid layouts.
      document.documentElement.append(host);
      render(<OverlayApp session={session} onHide={hide} />, container);
      const remove = () => {
        render(null, container);
        host.remove();
      };
      return { host, remove };
    },
    publish(status) {
      browser.runtime.sendMessage({ type: 'status-changed', status }).catch(() => {});
    },
    alive: () => browser.runtime?.id !== undefined,
  });
  setOverlay(controller);
  const unwatch = watchStoredSettings((next) => controller.updateSettings(next));
  watchNavigation(window, life.signal, () => controller.navigated());
  controller.onDestroyed(() => {
    life.abort();
    unwatch();
    if (getOverlay() === controller) setOverlay(undefined);
  });
  controller.setVisible(true);
});
