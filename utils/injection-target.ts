import { type Browser, browser } from 'wxt/browser';
import { isSiteDisabled } from '@/utils/settings-core/schema';
import { readGateSettings } from '@/utils/settings-reader';

// Where the background may inject, and into what. A script the sniffer or the gate asks for goes
// into the document that asked, not into whatever the tab shows by the time the message arrives: a
// navigation in between must not carry the gate to the next page.

type MessageSender = Browser.runtime.MessageSender & { documentId?: string };
export type InjectionTarget =
  | { tabId: number; documentIds: string[] }
  | { tabId: number; frameIds: number[] };

/**
 * The injection target for the sender's document. Chromium names the document (`documentId`, which
 * `scripting.executeScript` accepts); Firefox does not, so there the sender's frame is used, and only
 * while the tab still shows the sender's address. Null when the document is gone.
 */
export async function injectionTarget(sender: MessageSender): Promise<InjectionTarget | null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  if (typeof sender.documentId === 'string') return { tabId, documentIds: [sender.documentId] };
  const frameId = sender.frameId ?? 0;
  if (frameId === 0) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab || (tab.url !== undefined && sender.url !== undefined && tab.url !== sender.url)) return null;
  }
  return { tabId, frameIds: [frameId] };
}

/** False when the reader turned the extension off everywhere or on the site of `url`. */
export async function mayRunOn(url: string | undefined): Promise<boolean> {
  let hostname = '';
  try {
    hostname = new URL(url ?? '').hostname;
  } catch {
    return false;
  }
  const settings = await readGateSettings();
  return settings.enabled && !isSiteDisabled(hostname, settings);
}
