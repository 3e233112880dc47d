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
}

/** Every message that crosses between popup, background and content scripts. */
export type Message =
  | { type: 'get-status' }
  | { type: 'detected'; detection: Detection }
  | { type: 'inject-overlay'; tabId?: number; force: boolean }
  | { type: 'overlay-hello' }
  | { type: 'set-overlay'; visible: boolean | 'toggle' }
  | { type: 'status-changed'; status: TabStatus };

export type MessageType = Message['type'];

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return (
    type === 'get-status' ||
    type === 'detected' ||
    type === 'inject-overlay' ||
    type === 'overlay-hello' ||
    type === 'set-overlay' ||
    type === 'status-changed'
  );
}
