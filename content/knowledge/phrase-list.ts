import type { Cues, Language, Matter, NoteCues } from '../types';

const split = (list: string) =>
  list
    .split(/,(?!\d{3}\b)/)
    .map((phrase) => phrase.trim().toLowerCase())
    .filter((phrase) => phrase.length > 0);

/**
 * Writes cue and alias lists as one comma-separated line per language: six short lines read (and
 * review) better than six exploded arrays. Trims, lower-cases and drops empty items. A comma before
 * exactly three digits is a thousands separator, not a list break, so '15,000' stays one cue.
 */
export function phrasesByLanguage(lists: Record<Language, string>): Cues {
  const cues: Cues = {};
  for (const [language, list] of Object.entries(lists) as [Language, string][]) cues[language] = split(list);
  return cues;
}

/**
 * A note's matter, still one line per language (the build keeps a page's language by lines, see
 * scripts/vite-language-packs.ts): facets are separated by ';', each a comma list, and a facet
 * written 'not: …' lists the other senses that keep the note away.
 * 'raqqa, mosul; fell, recaptured; not: mosul dam' needs a city and its capture, never the dam.
 */
export function matterByLanguage(lists: Record<Language, string>): NoteCues {
  const cues: NoteCues = {};
  for (const [language, line] of Object.entries(lists) as [Language, string][]) {
    const matter: Matter = { needs: [], not: [] };
    for (const facet of line.split(';')) {
      const negative = /^\s*not:/.exec(facet);
      if (negative) matter.not.push(...split(facet.slice(negative[0].length)));
      else if (split(facet).length) matter.needs.push(split(facet));
    }
    cues[language] = matter;
  }
  return cues;
}

/** Every cue of a matter that places the note (the `not` phrases left out). */
export const placingCues = (matter: Matter | undefined): string[] => matter?.needs.flat() ?? [];
