// Types for the tests that run the notes eval's own path (the script itself is plain JavaScript run by Node).
import type { Placed } from './notes-metrics.mjs';

/** The product's modules the eval runs: bundled by `bundlePlacement`, or imported as they are. */
export interface PlacementProduct {
  runGate: typeof import('../../content/gate/gate').runGate;
  languageOf: typeof import('../../content/read/language-of').languageOf;
  analyseNotes: typeof import('../../content/overlay/overlay-analysis').analyseNotes;
  DEFAULT_SETTINGS: typeof import('../../utils/settings-core/schema').DEFAULT_SETTINGS;
}
export const normalise: (text: string | null | undefined) => string;
export function bundlePlacement(repoRoot: string): Promise<PlacementProduct>;
export function placeOnPage(
  product: PlacementProduct,
  path: string,
  minScore?: number,
): (Placed & { matched: string[] })[];
export function placeInDocument(
  product: PlacementProduct,
  document: Document,
  minScore?: number,
): (Placed & { matched: string[] })[];
