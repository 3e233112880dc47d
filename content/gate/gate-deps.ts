import type { GateFindings, GateOptions } from '@/content/gate/gate';
import type { Sensitivity } from '@/content/types';
import type { TabStatus } from '@/utils/messages';
import type { GateSettings } from '@/utils/settings-reader';

// What the gate's lifecycle (content/gate/gate-controller.ts) needs from its page and extension, and what
// it offers the entry point that wires it in.

export interface GateDeps {
  doc: Document;
  hostname: string;
  hasCandidate(doc: Document): boolean;
  /** True, once, when the sniffer found a candidate at this address: the cheap stage is not rerun. */
  sniffed(): boolean;
  /** Reads and detects, in slices; null when `signal` aborted first. */
  runGate(
    doc: Document,
    sensitivity: Sensitivity,
    options: GateOptions,
    signal: AbortSignal,
  ): Promise<GateFindings | null>;
  readSettings(): Promise<GateSettings>;
  watchSettings(onChange: (settings: GateSettings) => void): () => void;
  /** Asks the background to inject the overlay into this tab; resolves once it has run. */
  requestOverlay(force: boolean): Promise<unknown>;
  /** Tells the background what changed (the toolbar badge). */
  reportStatus(status: TabStatus): void;
}

export interface Gate {
  /** The runtime.onMessage handler: a promise of the answer for our messages, undefined for others. */
  onMessage(message: unknown): Promise<TabStatus> | undefined;
  /** Resolves when the first decision is made (tests and the demo wait on it). */
  ready: Promise<void>;
  /**
   * Looks at the page again: `afterNavigation` for a new article swapped in without a reload, else
   * for content that arrived late (only when the first look found no candidate). Does nothing while
   * the overlay is loaded: it follows such changes itself.
   */
  recheck(afterNavigation: boolean): Promise<void>;
}
