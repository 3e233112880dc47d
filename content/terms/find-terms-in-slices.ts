// The term search of find-terms.ts in slices that give the main thread back, so that no task of
// ours is long on a huge page while an ordinary article is still done at once.

import type { GlossaryTerm, TermMatch } from '../types';
import { type FindTermsOptions, searchTerms } from './find-terms';

export interface SlicedOptions extends FindTermsOptions {
  /** Longest stretch of work before the main thread is given back (default 8 ms). */
  sliceMs?: number;
}

export const DEFAULT_SLICE_MS = 8;
/**
 * The first slice searches at least this much text whatever the clock says, so that an ordinary
 * article is always done at once (one render, the same answer on a slow machine) and only huge
 * pages are sliced.
 */
export const FIRST_SLICE_CHARS = 60_000;

/**
 * The search of findTerms in slices of about `sliceMs`, with a macrotask between slices. The first
 * slice runs at once: a page with less text than FIRST_SLICE_CHARS is done in it, and the callback
 * then runs synchronously. `onDone` gets the ranges once, unless the signal aborts first.
 */
export function findTermsInSlices(
  root: Element,
  glossary: readonly GlossaryTerm[],
  language: string,
  options: SlicedOptions,
  onDone: (matches: TermMatch[]) => void,
): void {
  const { signal } = options;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const search = searchTerms(root, glossary, language, options);
  const slice = (minChars: number) => {
    if (signal?.aborted) return;
    const until = performance.now() + sliceMs;
    let chars = 0;
    let resumed = true;
    for (;;) {
      const step = search.next(resumed);
      resumed = false;
      if (step.done) {
        if (!signal?.aborted) onDone(step.value);
        return;
      }
      chars += step.value;
      if (chars >= minChars && performance.now() >= until) break;
    }
    setTimeout(() => slice(0), 0);
  };
  slice(FIRST_SLICE_CHARS);
}
