import { type Browser, browser } from 'wxt/browser';
import { injectionTarget, mayRunOn } from '@/utils/injection-target';
import { askTab, type CommandName, GATE_SCRIPT, isMessage, type TabStatus } from '@/utils/messages';
import { badgeText } from '@/utils/tab-status';

// The background's work, separate from its entry point so unit tests can drive it with fakeBrowser:
// inject the gate where the sniffer asks and the overlay where the gate asks (only where the settings
// allow it, and only into the document that asked), keep each tab's badge, run the keyboard command.

export const OVERLAY_SCRIPT = '/content-scripts/overlay.js';
/** The knowledge pack's cues and aliases for one language (the overlay carries English). */
const LANGUAGE_SCRIPTS = {
  es: '/language-es.js',
  fr: '/language-fr.js',
  it: '/language-it.js',
  de: '/language-de.js',
  ar: '/language-ar.js',
} as const;

type MessageSender = Browser.runtime.MessageSender;

const isExtensionPage = (sender: MessageSender): boolean =>
  typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));

export function createBackgroundHandlers() {
  const statuses = new Map<number, TabStatus>();
  // MV3 has `action`; Firefox MV2 has `browserAction` with the same badge methods.
  const toolbar = () => browser.action ?? browser.browserAction;

  async function showBadge(tabId: number, status: TabStatus | null): Promise<void> {
    try {
      await toolbar()?.setBadgeText({ tabId, text: badgeText(status) });
    } catch {
      // The tab closed meanwhile.
    }
  }

  /** Runs `files` in the document that sent the message; false when it is gone or refuses. */
  async function injectInto(sender: MessageSender, files: string[], what: string): Promise<boolean> {
    try {
      const target = await injectionTarget(sender);
      if (!target) return false;
      await browser.scripting.executeScript({ target, files: files as never });
      return true;
    } catch (error) {
      console.warn(`[context-margin] cannot inject the ${what}`, error);
      return false;
    }
  }

  /** The sniffer found a name: the gate, unless the reader turned us off everywhere or on this site. */
  async function startGate(sender: MessageSender): Promise<boolean> {
    return (await mayRunOn(sender.url)) && injectInto(sender, [GATE_SCRIPT], 'gate');
  }

  /** The gate asks for the overlay: on its own detection only where allowed; forced, at the reader's word. */
  async function injectOverlay(sender: MessageSender, force: boolean, language?: string): Promise<boolean> {
    if (!force && !(await mayRunOn(sender.url))) return false;
    const pack = LANGUAGE_SCRIPTS[language as keyof typeof LANGUAGE_SCRIPTS];
    const known = language !== undefined && Object.hasOwn(LANGUAGE_SCRIPTS, language);
    return injectInto(sender, known ? [pack, OVERLAY_SCRIPT] : [OVERLAY_SCRIPT], 'overlay');
  }

  /** One language's pack (cues, aliases and texts) into the document that asked; false for any other language. */
  async function injectLanguage(sender: MessageSender, language: string): Promise<boolean> {
    if (!Object.hasOwn(LANGUAGE_SCRIPTS, language)) return false;
    return injectInto(sender, [LANGUAGE_SCRIPTS[language as keyof typeof LANGUAGE_SCRIPTS]], 'language pack');
  }

  async function activeTabId(): Promise<number | undefined> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  }

  /** The handler of the manifest's keyboard commands; `tabId` defaults to the active tab. */
  async function runCommand(command: CommandName | string, tabId?: number): Promise<TabStatus | null> {
    if (command !== 'toggle-overlay') return null;
    const target = tabId ?? (await activeTabId());
    if (target === undefined) return null;
    return askTab(target, { type: 'set-overlay', visible: 'toggle', force: true });
  }

  async function remember(tabId: number, status: TabStatus): Promise<true> {
    statuses.set(tabId, status);
    await showBadge(tabId, status);
    return true;
  }

  function onMessage(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
    if (!isMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'start-gate':
        return tabId === undefined ? Promise.resolve(false) : startGate(sender);
      case 'inject-overlay':
        return tabId === undefined
          ? Promise.resolve(false)
          : injectOverlay(sender, message.force, message.language);
      case 'load-language':
        return tabId === undefined ? Promise.resolve(false) : injectLanguage(sender, message.language);
      case 'status-changed':
        if (tabId === undefined) return undefined;
        return remember(tabId, message.status);
      case 'run-command':
        // Only the extension's own pages may run commands, never a content script in a web page.
        return isExtensionPage(sender) ? runCommand(message.command, message.tabId) : undefined;
      default:
        return undefined;
    }
  }

  function forgetTab(tabId: number): void {
    statuses.delete(tabId);
  }

  /** A new document in the tab: its old notes are gone, so is its badge. */
  function onTabUpdated(tabId: number, change: { status?: string }): void {
    if (change.status !== 'loading' || !statuses.has(tabId)) return;
    forgetTab(tabId);
    void showBadge(tabId, null);
  }

  return { onMessage, runCommand, onTabUpdated, forgetTab, statusOf: (tabId: number) => statuses.get(tabId) };
}
