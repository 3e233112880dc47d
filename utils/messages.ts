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

/**
 * Every message that crosses between popup, background and content scripts.
 * - popup → tab: `get-status` (answer: TabStatus), `set-overlay` (answer: TabStatus).
 * - background → tab: `set-overlay` (the keyboard command).
 * - gate → background: `detected`, `inject-overlay` (the background injects the overlay into the sender's tab).
 * - overlay → background: `status-changed` (drives the toolbar badge).
 */
export type Message =
  | { type: 'get-status' }
  | { type: 'set-overlay'; visible: boolean | 'toggle'; force?: boolean }
  | { type: 'detected'; detection: Detection }
  | { type: 'inject-overlay'; force: boolean }
  | { type: 'status-changed'; status: TabStatus };

export type MessageType = Message['type'];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'get-status',
  'set-overlay',
  'detected',
  'inject-overlay',
  'status-changed',
]);

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && TYPES.has(type);
}
