import { browser } from 'wxt/browser';
import { isMessage } from '@/utils/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isMessage(message)) return undefined;
    return undefined;
  });
});
