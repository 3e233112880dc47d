import type { Rollup } from 'vite';

/**
 * The entry files of one build, whatever shape Rollup's `input` option takes (one path, a list, or
 * named entries). Our build plugins decide per build from these which rewriting applies, because WXT
 * builds each content script on its own.
 */
export function entryFiles(input: Rollup.InputOption | undefined): string[] {
  if (typeof input === 'string') return [input];
  return Array.isArray(input) ? input : Object.values(input ?? {});
}
