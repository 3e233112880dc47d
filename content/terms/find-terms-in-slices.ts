// The term search of find-terms.ts in slices that give the main thread back (see in-slices.ts), so
// that no task of ours is long on a huge page.

import { runInSlices } from '../text/in-slices';
import type { GlossaryTerm, TermMatch } from '../types';
import { type FindTermsOptions, searchTerms } from './find-terms';

export interface SlicedOptions extends FindTermsOptions {
  signal: AbortSignal;
  /** Longest stretch of work before the main thread is given back (default 8 ms). */
  sliceMs?: number;
  /** Hears each time the search gives the main thread back with work left. */
  paused?: () => void;
}

/**
 * The first slice searches at least this much text whatever the clock says, so that an ordinary
 * article is always done in one slice (one render, the same on a slow machine) and only huge pages
 * are shown before their terms.
 */
export const FIRST_SLICE_CHARS = 60_000;

/**
 * The matches of findTerms, found in slices that start in a later task; each slice reads the page
 * as it is then. Null if the signal aborts first.
 */
export async function findTermsInSlices(
  root: Element,
  glossary: readonly GlossaryTerm[],
  language: string,
  options: SlicedOptions,
): Promise<TermMatch[] | null> {
  const search = searchTerms(root, glossary, language, options);
  let matches: TermMatch[] = [];
  let resumed = false;
  let least = FIRST_SLICE_CHARS;
  // A step searches one piece of the page; the first, pieces up to FIRST_SLICE_CHARS characters.
  const step = () => {
    let chars = 0;
    do {
      const next = search.next(resumed);
      resumed = false;
      if (next.done) {
        matches = next.value;
        return false;
      }
      chars += next.value;
    } while (chars < least);
    least = 0;
    return true;
  };
  const paused = () => {
    resumed = true;
    options.paused?.();
  };
  return (await runInSlices(step, options.signal, options.sliceMs, paused)) ? matches : null;
}
