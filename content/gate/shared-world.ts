import type { Steps } from '@/content/text/in-slices';
import type { Detection, PageReading, Sensitivity } from '@/content/types';
import type { TabStatus } from '@/utils/messages';

// The sniffer, the gate and the overlay (the last two injected later by the background) run in the
// same isolated world of a frame, verified in Chromium and Firefox, so they meet on global keys that
// page scripts cannot see. A repeat injection finds its predecessor here, so no script needs to
// announce itself to the page (WXT's content-script context did, over window.postMessage). The gate also lends the overlay its page reader and detector, so that the
// overlay bundle does not carry them a second time.

export interface GateState {
  detection: Detection | null;
  reading: PageReading | null;
  /** True when the reader asked for the overlay on a page that detection did not flag. */
  forced: boolean;
}

/** Reads a page and decides whether it is about the group: the gate's own stages. */
export interface PageReader {
  readPage(doc: Document): PageReading;
  /** The same reading in steps, for a caller that runs it in slices (content/text/in-slices.ts). */
  readPageSteps(doc: Document): Steps<PageReading>;
  detect(reading: PageReading, sensitivity: Sensitivity): Detection;
}

export interface OverlayController {
  status(): Pick<TabStatus, 'overlayVisible' | 'notes' | 'terms'>;
  setVisible(visible: boolean | 'toggle'): void;
  destroy(): void;
  /** False once the extension context that runs it is gone (after an update). */
  alive?(): boolean;
}

/** A running gate, as a newer injection of it finds it. */
export interface GateHandle {
  /** Stops it: listeners, timers, watchers. */
  stop(): void;
}

const GATE_KEY = Symbol.for('context-margin.gate');
const OVERLAY_KEY = Symbol.for('context-margin.overlay');
const READER_KEY = Symbol.for('context-margin.reader');
const GATE_RUNNING_KEY = Symbol.for('context-margin.gate-running');
const SNIFFED_KEY = Symbol.for('context-margin.sniffed');
type SharedGlobals = {
  [GATE_KEY]?: GateState;
  [OVERLAY_KEY]?: OverlayController;
  [READER_KEY]?: PageReader;
  [GATE_RUNNING_KEY]?: GateHandle;
  [SNIFFED_KEY]?: string;
};
const shared = globalThis as unknown as SharedGlobals;

export const getGateState = (): GateState | undefined => shared[GATE_KEY];
export const setGateState = (state: GateState | undefined): void => {
  shared[GATE_KEY] = state;
};
export const getOverlay = (): OverlayController | undefined => shared[OVERLAY_KEY];
export const setOverlay = (controller: OverlayController | undefined): void => {
  shared[OVERLAY_KEY] = controller;
};
export const getPageReader = (): PageReader | undefined => shared[READER_KEY];
export const setPageReader = (reader: PageReader): void => {
  shared[READER_KEY] = reader;
};
/** True once a gate runs in this frame (injected on demand, or woken by the sniffer): the sniffer then stops. */
export const isGateRunning = (): boolean => shared[GATE_RUNNING_KEY] !== undefined;
/**
 * Registers a gate that starts. A gate already here is stopped first: injected again, the newer one
 * takes over (an older one may belong to an extension context that is gone, after an update).
 */
export function claimGate(gate: GateHandle): void {
  const previous = shared[GATE_RUNNING_KEY];
  shared[GATE_RUNNING_KEY] = gate;
  try {
    previous?.stop();
  } catch {
    // A gate from a context that is gone may fail to remove its listeners; it is unreachable anyway.
  }
}
/** Unregisters `gate` if it is still the registered one. */
export function releaseGate(gate: GateHandle): void {
  if (shared[GATE_RUNNING_KEY] === gate) shared[GATE_RUNNING_KEY] = undefined;
}
/**
 * Left by the sniffer when it wakes the gate (the address it found a name at), so that the gate
 * does not run the same cheap stage again: the two scripts share this world but not their modules.
 */
export const markSniffed = (href: string): void => {
  shared[SNIFFED_KEY] = href;
};
/** True, once, when the sniffer found a name at `href`. */
export const takeSniffed = (href: string): boolean => {
  const sniffed = shared[SNIFFED_KEY];
  shared[SNIFFED_KEY] = undefined;
  return sniffed === href;
};
