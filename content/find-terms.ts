// Glossary terms in the article's prose, as DOM Ranges. One compiled pattern per glossary and
// language (cached), one pass over the text, a bounded number of ranges for huge pages.

import { compilePhrases, type PhraseMatcher } from './cue-match';
import { foldText, originalEnd, originalStart } from './fold-text';
import { carryAcrossUnwrap } from './highlight-wrap';
import { collectRuns, nodePosition } from './text-runs';
import type { GlossaryTerm, Language, TermMatch } from './types';

export interface FindTermsOptions {
  signal?: AbortSignal;
  /** Most ranges returned, in document order (default 500). */
  limit?: number;
}

export const DEFAULT_TERM_LIMIT = 500;
/** A run longer than this (one enormous text node) is searched only at its start. */
export const MAX_RUN_CHARS = 100_000;

const matcherCache = new WeakMap<readonly GlossaryTerm[], Map<string, PhraseMatcher<string>>>();

/** 'en-GB' → 'en'; anything odd → ''. */
export function primaryLanguage(language: string): string {
  const primary = /^[a-z]{2,3}/i.exec(language.trim())?.[0];
  return primary ? primary.toLowerCase() : '';
}

/** The aliases of the page language, then English ones (names like “Raqqa” appear in every language). */
function termMatcher(glossary: readonly GlossaryTerm[], language: string): PhraseMatcher<string> {
  const lang = primaryLanguage(language);
  let byLanguage = matcherCache.get(glossary);
  if (!byLanguage) {
    byLanguage = new Map();
    matcherCache.set(glossary, byLanguage);
  }
  const cached = byLanguage.get(lang);
  if (cached) return cached;
  const entries: [string, string][] = [];
  for (const languageOfAliases of lang && lang !== 'en' ? [lang, 'en'] : ['en']) {
    for (const term of glossary) {
      for (const alias of term.aliases[languageOfAliases as Language] ?? []) {
        if (typeof alias === 'string') entries.push([alias, term.id]);
      }
    }
  }
  const matcher = compilePhrases(entries);
  byLanguage.set(lang, matcher);
  return matcher;
}

/** Ranges of glossary terms under `root`, in document order; [] when aborted. */
export function findTerms(
  root: Element,
  glossary: readonly GlossaryTerm[],
  language: string,
  options: FindTermsOptions = {},
): TermMatch[] {
  const { signal } = options;
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_TERM_LIMIT));
  const matcher = termMatcher(glossary, language);
  if (matcher.size === 0 || limit === 0) return [];
  const runs = collectRuns(root, { signal });
  const doc = root.ownerDocument;
  const found: TermMatch[] = [];
  for (const run of runs) {
    if (signal?.aborted) return [];
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
  carryAcrossUnwrap(found.map((match) => match.range));
  return found;
}
