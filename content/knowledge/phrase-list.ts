import type { Matter } from '../types';

/**
 * An alias list, written as one comma-separated line (see languages/): one short line per term reads
 * (and reviews) better than an exploded array. Trims, lower-cases and drops empty items. A comma before exactly
 * three digits is a thousands separator, not a list break, so '15,000' stays one cue.
 */
export const phrasesOf = (list: string): string[] =>
  list
    .split(/,(?!\d{3}\b)/)
    .map((phrase) => phrase.trim().toLowerCase())
    .filter((phrase) => phrase.length > 0);

/**
 * A note's matter, one line too: facets are separated by ';', each a comma list, and a facet written
 * 'not: …' lists the other senses that keep the note away.
 * 'raqqa, mosul; fell, recaptured; not: mosul dam' needs a city and its capture, never the dam.
 */
export function matterOf(line: string): Matter {
  const matter: Matter = { needs: [], not: [] };
  for (const facet of line.split(';')) {
    const negative = /^\s*not:/.exec(facet);
    if (negative) matter.not.push(...phrasesOf(facet.slice(negative[0].length)));
    else if (phrasesOf(facet).length) matter.needs.push(phrasesOf(facet));
  }
  return matter;
}

/** Every cue of a matter that places the note (the `not` phrases left out). */
export const placingCues = (matter: Matter | undefined): string[] => matter?.needs.flat() ?? [];
