import { browser } from 'wxt/browser';
import { isMessage, type TabStatus } from '@/utils/messages';

// The gate: runs on every page, decides cheaply, and stops.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const status: TabStatus = {
      detection: null,
      overlayLoaded: false,
      overlayVisible: false,
      forced: false,
      notes: 0,
      terms: 0,
      siteDisabled: false,
    };
    const onMessage = (message: unknown) => {
      if (isMessage(message) && message.type === 'get-status') return Promise.resolve(status);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
