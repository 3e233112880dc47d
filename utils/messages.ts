import { browser } from 'wxt/browser';
import type { Detection } from '@/content/types';

/** Status of one tab as its content scripts see it. */
export interface TabStatus {
  detection: Detection | null;
  overlayLoaded: boolean;
  overlayVisible: boolean;
  forced: boolean;
  notes: number;
  terms: number;
  siteDisabled: boolean;
  /** The page's host name, so the popup can turn the site off without the `tabs` permission. */
  hostname?: string;
  /** False when the extension is switched off everywhere. */
  enabled?: boolean;
}

/** The keyboard commands declared in the manifest. */
export type CommandName = 'toggle-overlay';

/**
 * Every message that crosses between popup, background and content scripts.
 * - popup → tab: `get-status` (answer: TabStatus), `set-overlay` (answer: TabStatus).
 * - background → tab: `set-overlay` (the keyboard command).
 * - sniffer → background: `start-gate` (the background injects the gate into the sender's tab).
 * - gate → background: `inject-overlay` (the background injects the overlay into the sender's tab,
 *   after the language pack of the page's `language` when there is one).
 * - overlay or gate → background: `status-changed` (drives the toolbar badge).
 * - overlay → background: `load-language` (the background injects that language's pack: the reader
 *   chose another language than the page's).
 * - extension page → background: `run-command` (runs a keyboard command's handler on a tab; the
 *   popup and the end-to-end tests use it, content scripts may not).
 */
export type Message =
  | { type: 'get-status' }
  | { type: 'start-gate' }
  | { type: 'set-overlay'; visible: boolean | 'toggle'; force?: boolean }
  | { type: 'inject-overlay'; force: boolean; language?: string }
  | { type: 'load-language'; language: string }
  | { type: 'status-changed'; status: TabStatus }
  | { type: 'run-command'; command: CommandName; tabId?: number };

export type MessageType = Message['type'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isOverlayVisibility = (value: unknown): boolean =>
  value === true || value === false || value === 'toggle';

const SHAPES: { [T in MessageType]: (message: Record<string, unknown>) => boolean } = {
  'get-status': () => true,
  'start-gate': () => true,
  'set-overlay': (m) => isOverlayVisibility(m.visible),
  'inject-overlay': (m) => typeof m.force === 'boolean',
  'load-language': (m) => typeof m.language === 'string',
  'status-changed': (m) => isRecord(m.status),
  'run-command': (m) =>
    m.command === 'toggle-overlay' && (m.tabId === undefined || Number.isInteger(m.tabId)),
};

/** True for a well-formed message of the protocol; anything else is ignored by every listener. */
export function isMessage(value: unknown): value is Message {
  if (!isRecord(value) || typeof value.type !== 'string') return false;
  if (!Object.hasOwn(SHAPES, value.type)) return false;
  return SHAPES[value.type as MessageType](value);
}

/** The subset of isMessage() the every-page gate needs: what the popup and background ask a tab. */
export function isTabRequest(
  value: unknown,
): value is Extract<Message, { type: 'get-status' | 'set-overlay' }> {
  if (!isRecord(value)) return false;
  return value.type === 'get-status' || (value.type === 'set-overlay' && isOverlayVisibility(value.visible));
}

/** The gate, injected by the background on the sniffer's request and on demand by askTab. */
export const GATE_SCRIPT = '/content-scripts/gate.js';

/** Injects the gate into a tab's top frame; false where the browser does not allow scripts. */
export async function injectGate(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [GATE_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}

async function sendToTab(tabId: number, message: Message): Promise<TabStatus | null> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return isRecord(answer) && typeof answer.overlayLoaded === 'boolean'
      ? (answer as unknown as TabStatus)
      : null;
  } catch {
    return null;
  }
}

/**
 * Sends a message to a tab's gate and returns its TabStatus answer. Most pages never woke their gate
 * (the sniffer found no name of the group): it is injected then, and asked again. Null where no
 * script may run (browser pages, stores, PDFs): both browsers reject the message or the injection.
 */
export async function askTab(
  tabId: number,
  message: Extract<Message, { type: 'get-status' | 'set-overlay' }>,
): Promise<TabStatus | null> {
  const answer = await sendToTab(tabId, message);
  if (answer) return answer;
  return (await injectGate(tabId)) ? sendToTab(tabId, message) : null;
}

/** Sends a message to the background; resolves to its answer, or undefined when it cannot be delivered. */
export async function tellBackground(message: Message): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}
