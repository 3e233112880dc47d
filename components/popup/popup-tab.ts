// What the popup asks the browser about the tab it controls and its own commands. Both answers may
// be missing (a closed tab, a browser without the API): the popup then says so instead of failing.

import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  url?: string;
}

/** The tab the popup controls: the one named in the URL (tests open the popup as a tab), else the active one. */
export async function findTab(requested: number | null): Promise<TargetTab | null> {
  try {
    if (requested !== null) {
      const tab = await browser.tabs.get(requested).catch(() => null);
      return { id: requested, url: tab?.url };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  } catch {
    return null;
  }
}

/** The keys the browser has bound to a command ('' when unbound or when the API is missing). */
export async function shortcutOf(command: string): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === command)?.shortcut ?? '';
  } catch {
    return '';
  }
}
