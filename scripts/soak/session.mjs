// One browser with the built extension, an extension page that drives the tabs (the popup page, so
// that its own errors are counted too) and a second popup view that is reloaded on each page to
// render that page's status.
import { launchWithExtension, openExtensionPage, tabIdOf } from '../../tests/e2e/lib/browsers.mjs';
import { drainBackgroundPage, hookBackgroundPage, watchPage, watchServiceWorker } from './errors.mjs';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export async function openSession(name, outputDir, { sink, label }) {
  const ctx = await launchWithExtension(name, { outputDir });
  const origin = ctx.extensionOrigin;
  if (name === 'chromium') await watchServiceWorker(ctx.browser, { origin, label, sink });
  const control = await openExtensionPage(ctx, 'popup.html', 'body');
  watchPage(control, { origin, where: 'popup', label, sink });
  const popupView = await openExtensionPage(ctx, 'popup.html', 'body');
  watchPage(popupView, { origin, where: 'popup', label, sink });
  const hooked = name === 'firefox' ? await hookBackgroundPage(control).catch(() => false) : true;

  const send = (tabId, message) =>
    control.evaluate(
      async (id, m) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const ask = () => api.tabs.sendMessage(id, m, { frameId: 0 });
        try {
          return { ok: true, answer: await ask() };
        } catch {
          // As the popup does: a page whose sniffer did not wake the gate gets it injected.
          try {
            const target = { tabId: id, frameIds: [0] };
            await api.scripting.executeScript({ target, files: ['/content-scripts/gate.js'] });
            return { ok: true, answer: await ask() };
          } catch (error) {
            return { ok: false, error: String(error?.message ?? error) };
          }
        }
      },
      tabId,
      message,
    );

  return {
    name,
    origin,
    browser: ctx.browser,
    backgroundWatched: hooked,
    tabIdOf: (url) => tabIdOf(control, url),
    send,
    status: async (tabId) => {
      const reply = await send(tabId, { type: 'get-status' });
      return reply.ok ? reply.answer : null;
    },
    /** Re-renders the popup while `page` is the active tab, so that it shows that page's status. */
    async refreshPopup(page) {
      await page.bringToFront();
      if (name === 'firefox') await popupView.evaluate(() => location.reload()).catch(() => {});
      else await popupView.reload({ waitUntil: 'load' }).catch(() => {});
      await sleep(name === 'firefox' ? 400 : 200);
    },
    async drain() {
      if (name === 'firefox') await drainBackgroundPage(control, { label, sink });
    },
    close: () => ctx.browser.close().catch(() => {}),
  };
}
