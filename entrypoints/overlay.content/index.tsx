import '@/components/overlay/overlay.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { createOverlayController } from '@/content/overlay-controller';
import { DEFAULT_SETTINGS, loadSettings, watchSettings } from '@/utils/settings';
import { getGateState, getOverlay, setOverlay } from '@/utils/shared-world';

const HOST_NAME = 'context-margin';
// Long enough for a screen reader to pick up "side notes hidden" from the live region.
const FAREWELL_MS = 1500;

// The overlay: injected by the background only into pages that need it. Injecting it again reuses
// the running overlay instead of stacking a second one.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const existing = getOverlay();
    if (existing) return existing.setVisible(true);
    // Hosts left behind by an overlay whose extension context is gone.
    for (const stray of document.querySelectorAll(HOST_NAME)) stray.remove();
    const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
    const controller = createOverlayController({
      doc: document,
      gate: getGateState,
      settings,
      async mount(session, hide) {
        const ui = await createShadowRootUi(ctx, {
          name: HOST_NAME,
          mode: 'open',
          position: 'inline',
          // On the root element, after the body: out of the page's flow and of its flex or grid layouts.
          append: (_anchor, host) => document.documentElement.append(host),
          onMount: (container) => render(<OverlayApp session={session} onHide={hide} />, container),
          onRemove: () => {
            const container = ui.uiContainer;
            render(null, container);
          },
        });
        ui.mount();
        return {
          host: ui.shadowHost,
          remove() {
            // The page is already clean (the session aborted); only the live region lingers.
            render(<OverlayApp session={session} onHide={hide} closing />, ui.uiContainer);
            setTimeout(() => ui.remove(), FAREWELL_MS);
          },
        };
      },
      publish(status) {
        browser.runtime.sendMessage({ type: 'status-changed', status }).catch(() => {});
      },
    });
    setOverlay(controller);
    const unwatch = watchSettings((next) => controller.updateSettings(next));
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.navigated());
    ctx.onInvalidated(() => {
      unwatch();
      controller.destroy();
      if (getOverlay() === controller) setOverlay(undefined);
    });
    controller.setVisible(true);
  },
});
