// Scores placed notes against paragraphs labelled by reading (notes-qrels.json). A placement is
// matched to its labelled paragraph by text: whitespace normalised, and the label's text is a
// prefix because labels cut paragraphs at 1,500 characters.
import { normalise } from './notes-run.mjs';

/** The labels of the paragraph whose text this is, or null when no labelled paragraph matches. */
export function labelsFor(labelled, text) {
  for (const paragraph of labelled) {
    const label = normalise(paragraph.text);
    if (label && (text === label || (label.length >= 1400 && text.startsWith(label))))
      return paragraph.claims;
  }
  return null;
}

/** Per-page tallies, so that folds can add up any subset of pages. */
export function tallyPage(labelled, placed, cap) {
  const fits = new Set();
  for (const paragraph of labelled)
    for (const [claim, grade] of Object.entries(paragraph.claims)) if (grade === 2) fits.add(claim);
  let onTopic = 0;
  let off = 0;
  const hit = new Set();
  for (const placement of placed) {
    const grade = labelsFor(labelled, placement.text)?.[placement.note] ?? 0;
    if (grade === 2) {
      onTopic++;
      hit.add(placement.note);
    } else if (grade === 0) off++;
  }
  return {
    placed: placed.length,
    onTopic,
    off,
    wanted: Math.min(fits.size, cap),
    found: Math.min(hit.size, cap),
    noneFits: fits.size === 0 ? placed.length : 0,
  };
}

const round = (x) => Math.round(x * 1000) / 1000;

/** The summary line of a set of pages. */
export function summarise(tallies) {
  const sum = (key) => tallies.reduce((total, t) => total + t[key], 0);
  const placed = sum('placed');
  return {
    pages: tallies.length,
    placed,
    on_topic: placed ? round(sum('onTopic') / placed) : 0,
    off: placed ? round(sum('off') / placed) : 0,
    note_recall: sum('wanted') ? round(sum('found') / sum('wanted')) : 0,
    notes_where_none_fits: sum('noneFits'),
  };
}

/**
 * What tuning maximises: notes on topic, each off note costing three (precision first), notes
 * where none fits costing two. Recall enters through the on-topic count.
 */
export function objective(tallies) {
  const sum = (key) => tallies.reduce((total, t) => total + t[key], 0);
  return sum('onTopic') - 3 * sum('off') - 2 * sum('noneFits');
}
