import { browser } from 'wxt/browser';
import { createBackgroundHandlers } from '@/utils/background-handlers';

export default defineBackground(() => {
  const handlers = createBackgroundHandlers();
  browser.runtime.onMessage.addListener(handlers.onMessage);
  browser.commands.onCommand.addListener((command, tab) => void handlers.runCommand(command, tab?.id));
  browser.tabs.onUpdated.addListener((tabId, change) => handlers.onTabUpdated(tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => handlers.forgetTab(tabId));
});
