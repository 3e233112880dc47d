// The gate's run on a candidate page: the sniffer's cheap stage (unless the sniffer already ran it),
// then the full reading and detection.
import { detect } from '../detect/detect';
import { primarySubtag } from '../read/language-of';
import { readPage } from '../read/read-page';
import { hasCandidate } from '../sniff/cheap-stage';
import type { Detection, PageReading, Sensitivity } from '../types';

const notAbout = (doc: Document, reason: string): Detection => ({
  about: false,
  score: 0,
  language: primarySubtag(doc.documentElement?.getAttribute('lang')),
  reasons: [reason],
});

/**
 * Cheap stage, then (only for candidates) the full reading and detection. Never throws.
 * `candidate: true` says the caller already ran the cheap stage and it passed, so it is not run twice.
 */
export function runGate(
  doc: Document,
  sensitivity: Sensitivity,
  options: { candidate?: boolean } = {},
): { reading: PageReading | null; detection: Detection } {
  try {
    if (!options.candidate && !hasCandidate(doc)) {
      return {
        reading: null,
        detection: notAbout(doc, 'no Islamic State names in the headline, lead or metadata'),
      };
    }
    const reading = readPage(doc);
    return { reading, detection: detect(reading, sensitivity) };
  } catch {
    return { reading: null, detection: notAbout(doc, 'the page could not be read') };
  }
}
