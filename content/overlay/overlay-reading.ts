// Which reading of the page the overlay works from, and whether a change of the page is a new one.

import type { GateState, PageReader } from '@/content/gate/shared-world';
import type { Settings } from '@/utils/settings';
import { stepsInSlices } from '../text/in-slices';
import type { Detection, PageReading } from '../types';

export interface CurrentReading {
  reading: PageReading;
  detection: Detection;
}

/** The gate's reading when it still describes the live page, else a fresh one. */
export function currentReading(
  doc: Document,
  gate: GateState | undefined,
  settings: Settings,
  { readPage, detect }: PageReader,
): CurrentReading {
  const reading = gate?.reading;
  if (reading?.root?.isConnected && reading.paragraphs.every((p) => p.isConnected)) {
    return { reading, detection: gate?.detection ?? detect(reading, settings.sensitivity) };
  }
  const fresh = readPage(doc);
  return { reading: fresh, detection: detect(fresh, settings.sensitivity) };
}

/** Cheap identity of an article: same root, same paragraphs count, same text length. */
export function sameArticle(a: PageReading | null, b: PageReading | null): boolean {
  return (
    a?.root === b?.root &&
    a?.paragraphs.length === b?.paragraphs.length &&
    a?.root?.textContent?.length === b?.root?.textContent?.length
  );
}

/**
 * Reads the page again, in slices as the gate does (content/text/in-slices.ts); each call drops the
 * reading under way. Resolves to null for a reading dropped, or stopped by `signal`.
 */
export function rereader(doc: Document, reader: PageReader, signal: AbortSignal) {
  let current: AbortController | null = null;
  signal.addEventListener('abort', () => current?.abort(), { once: true });
  return async (): Promise<PageReading | null> => {
    current?.abort();
    const mine = new AbortController();
    current = mine;
    if (signal.aborted) return null;
    const fresh = await stepsInSlices(reader.readPageSteps(doc), mine.signal);
    return mine.signal.aborted ? null : fresh;
  };
}
