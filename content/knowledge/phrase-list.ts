import type { Cues, Language } from '../types';

/**
 * Writes cue and alias lists as one comma-separated line per language: six short lines read (and
 * review) better than six exploded arrays. Trims, lower-cases and drops empty items. A comma before
 * exactly three digits is a thousands separator, not a list break, so '15,000' stays one cue.
 */
export function phrasesByLanguage(lists: Record<Language, string>): Cues {
  const cues: Cues = {};
  for (const [language, list] of Object.entries(lists) as [Language, string][]) {
    cues[language] = list
      .split(/,(?!\d{3}\b)/)
      .map((phrase) => phrase.trim().toLowerCase())
      .filter((phrase) => phrase.length > 0);
  }
  return cues;
}
