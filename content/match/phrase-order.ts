// Which phrase wins where several could match at one position: the longest first, then by code
// units (the order of the one regular expression this matching once was, kept so that results stay
// the same). Also the lookup key that ties matched text back to its phrase.

import { type PhraseToken, phraseTokens } from './phrase-at';
import type { Lead } from './phrase-leads';

export const ARABIC = /\p{Script=Arabic}/u;
const SEPARATORS = /[\s-]+/g;

/** The lookup key of a phrase or of matched text: folded, without spaces and hyphens. */
export function keyOf(folded: string): string {
  return folded.replace(SEPARATORS, '');
}

/** Longest first, then by code units. */
export function byPhraseOrder(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

export interface PhraseEntry {
  rank: number;
  tokens: PhraseToken[];
}

const NO_ENTRIES: PhraseEntry[] = [];

/**
 * For the leads met at a position (phrase-starts.ts), their Latin or Arabic phrases in order, as
 * phraseAt takes them. Each lead's list is made once; a position with one lead (the usual case)
 * needs no sorting.
 */
export function leadPhrases(
  phrases: readonly string[],
): (leads: readonly Lead[], arabic: boolean) => PhraseEntry[] {
  const order = new Map([...phrases].sort(byPhraseOrder).map((phrase, rank) => [phrase, rank]));
  const byLead = new Map<Lead, PhraseEntry[]>();
  const entriesOf = (lead: Lead) => {
    let entries = byLead.get(lead);
    if (!entries) {
      entries = lead.phrases
        .map((phrase) => ({ rank: order.get(phrase) as number, tokens: phraseTokens(phrase) }))
        .sort((a, b) => a.rank - b.rank);
      byLead.set(lead, entries);
    }
    return entries;
  };
  return (leads, arabic) => {
    let only: PhraseEntry[] | null = null;
    let merged: PhraseEntry[] | null = null;
    for (const lead of leads) {
      if (lead.arabic !== arabic) continue;
      if (!only) only = entriesOf(lead);
      else merged = [...(merged ?? only), ...entriesOf(lead)];
    }
    return merged ? merged.sort((a, b) => a.rank - b.rank) : (only ?? NO_ENTRIES);
  };
}
