// Glossary terms in the article's prose, as DOM Ranges. One compiled pattern per glossary and
// language (cached), one pass over the text, a bounded number of ranges for huge pages; on huge
// pages, in slices that give the main thread back (find-terms-in-slices.ts).

import { aliasesOf } from '../knowledge/language-lookup';
import { type PhraseMatcher, perLanguageMatcher } from '../match/cue-match';
import { languageOf } from '../read/language-of';
import { foldText, originalEnd, originalStart } from '../text/fold-text';
import { reportFoundRanges } from '../text/found-ranges';
import { searchUnits } from '../text/search-units';
import { collectRuns, nodePosition } from '../text/text-runs';
import { skipChecker } from '../text/text-walker';
import type { GlossaryTerm, TermMatch } from '../types';

export interface FindTermsOptions {
  signal?: AbortSignal;
  /** Most ranges returned, in document order (default 500). */
  limit?: number;
}

export const DEFAULT_TERM_LIMIT = 500;
/** A run longer than this (one enormous text node) is searched only at its start. */
export const MAX_RUN_CHARS = 100_000;

/** The aliases of the page language, then English ones (names like “Raqqa” appear in every language). */
const termMatcherOf = perLanguageMatcher((glossary: readonly GlossaryTerm[], lang: string) => {
  const entries: [string, string][] = [];
  for (const languageOfAliases of lang && lang !== 'en' ? [lang, 'en'] : ['en']) {
    for (const term of glossary) {
      for (const alias of aliasesOf(term.id, languageOfAliases)) {
        if (typeof alias === 'string') entries.push([alias, term.id]);
      }
    }
  }
  return entries;
});

function termMatcher(glossary: readonly GlossaryTerm[], language: string): PhraseMatcher<string> {
  return termMatcherOf(glossary, languageOf(language));
}

/**
 * The search itself, one piece of the root at a time (see search-units.ts): yields the characters
 * searched after each piece so that a caller can stop and give the main thread back; returns the
 * ranges, [] when aborted.
 */
export function* searchTerms(
  root: Element,
  glossary: readonly GlossaryTerm[],
  language: string,
  options: FindTermsOptions,
): Generator<number, TermMatch[], boolean | undefined> {
  const { signal } = options;
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_TERM_LIMIT));
  const matcher = termMatcher(glossary, language);
  if (matcher.size === 0 || limit === 0) return [];
  const doc = root.ownerDocument;
  const found: TermMatch[] = [];
  // The pieces share their ancestors: one skip check judges each ancestor once. It holds while the
  // page cannot change, so a caller that gave the main thread back asks for a fresh one.
  let skipped = skipChecker();
  for (const unit of searchUnits(root)) {
    let chars = 0;
    for (const run of collectRuns(unit, { signal, skipped })) {
      chars += run.text.length;
      const text = foldText(run.text.length > MAX_RUN_CHARS ? run.text.slice(0, MAX_RUN_CHARS) : run.text);
      for (const match of matcher.matchAll(text.folded, limit - found.length)) {
        const start = nodePosition(run, originalStart(text, match.start), false);
        const end = nodePosition(run, originalEnd(text, match.end), true);
        const range = doc.createRange();
        // Anchor the new range in its own node first: moving a fresh range from the document start
        // makes some DOM implementations compare positions across the whole page.
        range.selectNodeContents(start.node);
        range.setStart(start.node, start.offset);
        range.setEnd(end.node, end.offset);
        found.push({ termId: match.values[0] as string, range });
      }
      if (found.length >= limit) break;
    }
    if (signal?.aborted) return [];
    if (found.length >= limit) break;
    if (yield chars) skipped = skipChecker();
  }
  reportFoundRanges(found.map((match) => match.range));
  return found;
}

/** Ranges of glossary terms under `root`, in document order; [] when aborted. All at once. */
export function findTerms(
  root: Element,
  glossary: readonly GlossaryTerm[],
  language: string,
  options: FindTermsOptions = {},
): TermMatch[] {
  const search = searchTerms(root, glossary, language, options);
  for (;;) {
    const step = search.next();
    if (step.done) return step.value;
  }
}
