// Which reading of the page the overlay works from, and whether a change of the page is a new one.

import type { GateState, PageReader } from '@/content/gate/shared-world';
import type { Settings } from '@/utils/settings';
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
