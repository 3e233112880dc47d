import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OverlayApp } from '@/components/overlay/OverlayApp';
// Bundled as text and handed to the shadow root: no stylesheet request, no web-accessible resource.
import overlayCss from '@/components/overlay/overlay.css?inline';
import { getGateState, getOverlay, getPageReader, setOverlay } from '@/content/gate/shared-world';
import { createOverlayController } from '@/content/overlay/overlay-controller';
import { readStoredSettings, watchStoredSettings } from '@/utils/settings-reader';
import { createShadowHost } from './shadow-host';

const HOST_NAME = 'context-margin';

// The overlay: injected by the background only into pages that need it. Injecting it again never
// stacks a second one: WXT invalidates the older script (whose overlay then tears itself down), and
// a controller that is still registered is simply shown.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const existing = getOverlay();
    if (existing) return existing.setVisible(true);
    // The gate, which asked for this script, lends its reader; without it there is nothing to read with.
    const reader = getPageReader();
    if (!reader) return console.warn('[context-margin] the overlay needs the page gate; not shown');
    // Hosts left behind by an overlay whose extension context is gone.
    for (const stray of document.querySelectorAll(HOST_NAME)) stray.remove();
    // The raw-storage reader, not WXT's storage items: same validation, a few kilobytes lighter.
    const settings = await readStoredSettings();
    // Injected twice in a row (the sniffer's gate and a popup's may both ask): the newer script has
    // invalidated this one, or the other has shown its overlay meanwhile.
    if (ctx.isInvalid) return;
    const shownMeanwhile = getOverlay();
    if (shownMeanwhile) return shownMeanwhile.setVisible(true);
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
    });
    setOverlay(controller);
    const unwatch = watchStoredSettings((next) => controller.updateSettings(next));
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.navigated());
    ctx.onInvalidated(() => {
      unwatch();
      controller.destroy();
      if (getOverlay() === controller) setOverlay(undefined);
    });
    controller.setVisible(true);
  },
});
