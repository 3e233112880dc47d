import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers } from '@/utils/background-handlers';
import { settingItems } from '@/utils/settings';

export default defineBackground(() => {
  // Defining the storage items runs their migrations, so settings from an older version are
  // rewritten as soon as the extension starts, not when the popup or an overlay first opens.
  settingItems();
  const handlers = createBackgroundHandlers();
  browser.runtime.onMessage.addListener(handlers.onMessage);
  browser.commands.onCommand.addListener((command, tab) => void handlers.runCommand(command, tab?.id));
  browser.tabs.onUpdated.addListener((tabId, change) => handlers.onTabUpdated(tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => handlers.forgetTab(tabId));
});
