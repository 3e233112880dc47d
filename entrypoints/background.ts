import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers } from '@/utils/background-handlers';
import { migrateStoredSettings } from '@/utils/settings';

export default defineBackground(() => {
  // Settings from an older version (or with corrupt version metadata) are rewritten as soon as the
  // extension starts; every reader migrates in memory meanwhile.
  void migrateStoredSettings();
  const handlers = createBackgroundHandlers();
  browser.runtime.onMessage.addListener(handlers.onMessage);
  browser.commands.onCommand.addListener((command, tab) => void handlers.runCommand(command, tab?.id));
  browser.tabs.onUpdated.addListener((tabId, change) => handlers.onTabUpdated(tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => handlers.forgetTab(tabId));
});
