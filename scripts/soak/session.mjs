// One browser with the built extension, an extension page that drives the tabs (the popup page, so
// that its own errors are counted too) and a second popup view that is reloaded on each page to
// render that page's status.
import { launchWithExtension, newTab } from '../lib/browsers.mjs';
import { askGate, openExtensionPage, tabIdOf } from '../lib/extension-pages.mjs';
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

  const send = (tabId, message) => askGate(control, tabId, message);

  return {
    name,
    origin,
    browser: ctx.browser,
    newTab: () => newTab(ctx),
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
