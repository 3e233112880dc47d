// The gate's run on a candidate page: the sniffer's cheap stage (unless the sniffer already ran it),
// then the full reading and detection.
import { detectSteps } from '../detect/detect';
import { primarySubtag } from '../read/language-of';
import { readPageSteps } from '../read/read-page';
import { hasCandidate } from '../sniff/cheap-stage';
import { finishSteps, type Steps, stepsInSlices } from '../text/in-slices';
import type { Detection, PageReading, Sensitivity } from '../types';

export interface GateFindings {
  reading: PageReading | null;
  detection: Detection;
}

export interface GateOptions {
  /** The caller already ran the cheap stage and it passed, so it is not run twice. */
  candidate?: boolean;
}

const notAbout = (doc: Document, reason: string): Detection => ({
  about: false,
  score: 0,
  language: primarySubtag(doc.documentElement?.getAttribute('lang')),
  reasons: [reason],
});

/** Cheap stage, then (only for candidates) the full reading and detection. Never throws. */
function* gateSteps(doc: Document, sensitivity: Sensitivity, options: GateOptions): Steps<GateFindings> {
  try {
    if (!options.candidate && !hasCandidate(doc)) {
      return {
        reading: null,
        detection: notAbout(doc, 'no Islamic State names in the headline, lead or metadata'),
      };
    }
    const reading = yield* readPageSteps(doc);
    yield;
    return { reading, detection: yield* detectSteps(reading, sensitivity) };
  } catch {
    return { reading: null, detection: notAbout(doc, 'the page could not be read') };
  }
}

/** The gate's run in the caller's task (tools, tests, the eval scripts). */
export const runGate = (doc: Document, sensitivity: Sensitivity, options: GateOptions = {}): GateFindings =>
  finishSteps(gateSteps(doc, sensitivity, options));

/**
 * The gate's run as a page meets it: in slices that give the main thread back (a 500 kB page took
 * one 35–50 ms task cold). Resolves to null when `signal` aborted first.
 */
export const runGateInSlices = (
  doc: Document,
  sensitivity: Sensitivity,
  options: GateOptions,
  signal: AbortSignal,
): Promise<GateFindings | null> => stepsInSlices(gateSteps(doc, sensitivity, options), signal);
