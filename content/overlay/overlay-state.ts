// What the overlay shows, as one plain value: the session keeps it up to date and the components
// only read it. Apart from the session so that the shape can be read without the orchestration.

import type { GateState, PageReader } from '@/content/gate/shared-world';
import type { Settings } from '@/utils/settings';
import { EMPTY_GEOMETRY, type Geometry } from '../layout/overlay-geometry';
import type { Detection, PageReading } from '../types';
import { type Analysis, EMPTY_ANALYSIS } from './overlay-analysis';
import type { OpenVia, TermHit } from './overlay-hover';
import type { CurrentReading } from './overlay-reading';
import type { Store } from './overlay-store';
import type { Theme } from './overlay-theme';

export interface ActiveTerm extends TermHit {
  via: OpenVia;
}

export interface OverlayState {
  detection: Detection | null;
  forced: boolean;
  reading: PageReading | null;
  analysis: Analysis;
  geometry: Geometry;
  theme: Theme;
  settings: Settings;
  activeTerm: ActiveTerm | null;
  /** False until the first analysis is shown: before it, the overlay has nothing true to say. */
  ready: boolean;
}

/**
 * The state before anything is analysed or measured: no notes, no positions and the light theme
 * until the first analysis (begun by the session, in later tasks) fills them in.
 */
export function initialOverlayState(
  first: CurrentReading,
  forced: boolean,
  settings: Settings,
): OverlayState {
  return {
    detection: first.detection,
    forced,
    reading: first.reading,
    analysis: EMPTY_ANALYSIS,
    geometry: EMPTY_GEOMETRY,
    theme: 'light',
    settings,
    activeTerm: null,
    ready: false,
  };
}

export interface OverlaySessionOptions {
  doc: Document;
  settings: Settings;
  gate: GateState | undefined;
  /** The gate's reader in the extension; the modules themselves in tests. */
  reader: PageReader;
  signal: AbortSignal;
}

export interface OverlaySession {
  state: Store<OverlayState>;
  /** Tells the session where the UI lives: positions are measured relative to it. */
  attach(host: Element): void;
  updateSettings(settings: Settings): void;
  openTerm(hit: TermHit, via: OpenVia): void;
  closeTerm(): void;
  relayout(): void;
  /** Resolves when the notes and terms of the latest analysis are shown (or it was dropped). */
  analysed(): Promise<void>;
}
