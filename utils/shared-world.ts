import type { Detection, PageReading } from '@/content/types';
import type { TabStatus } from '@/utils/messages';

// The gate (manifest content script) and the overlay (injected later by the background) run in the
// same isolated world of a frame, verified in Chromium and Firefox, so they meet on two global keys
// that page scripts cannot see.

export interface GateState {
  detection: Detection | null;
  reading: PageReading | null;
  /** True when the reader asked for the overlay on a page that detection did not flag. */
  forced: boolean;
}

export interface OverlayController {
  status(): Pick<TabStatus, 'overlayVisible' | 'notes' | 'terms'>;
  setVisible(visible: boolean | 'toggle'): void;
  destroy(): void;
}

const GATE_KEY = Symbol.for('context-margin.gate');
const OVERLAY_KEY = Symbol.for('context-margin.overlay');
type SharedGlobals = { [GATE_KEY]?: GateState; [OVERLAY_KEY]?: OverlayController };
const shared = globalThis as unknown as SharedGlobals;

export const getGateState = (): GateState | undefined => shared[GATE_KEY];
export const setGateState = (state: GateState | undefined): void => {
  shared[GATE_KEY] = state;
};
export const getOverlay = (): OverlayController | undefined => shared[OVERLAY_KEY];
export const setOverlay = (controller: OverlayController | undefined): void => {
  shared[OVERLAY_KEY] = controller;
};
