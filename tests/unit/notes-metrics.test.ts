import { describe, expect, it } from 'vitest';
import {
  type LabelledParagraph,
  labelsFor,
  objective,
  summarise,
  tallyPage,
} from '../../scripts/lib/notes-metrics.mjs';

const long = `${'word '.repeat(300)}end`.trim();
const labelled: LabelledParagraph[] = [
  { text: 'Raqqa  fell\n to the SDF.', claims: { 'raqqa-mosul-fallen': 2 } },
  { text: 'The coalition kept up its strikes.', claims: { 'raqqa-mosul-fallen': 1 } },
  { text: long.slice(0, 1500), claims: { 'europe-attacks': 2 } },
  { text: 'A caption.', claims: {} },
];

describe('eval:notes metrics', () => {
  it('matches a placed paragraph to its label by text, a long one by its first 1,500 characters', () => {
    // Whitespace is normalised on both sides.
    expect(labelsFor(labelled, 'Raqqa fell to the SDF.')).toEqual({ 'raqqa-mosul-fallen': 2 });
    expect(labelsFor(labelled, 'Raqqa fell to the SDF')).toBeNull();
    expect(labelsFor(labelled, `${long} and more words`)).toEqual({ 'europe-attacks': 2 });
    // A short label is no prefix of a longer paragraph.
    expect(labelsFor(labelled, 'The coalition kept up its strikes. And more.')).toBeNull();
  });

  it('counts notes on topic, off (unlabelled or not a paragraph), loose, recall and notes where none fits', () => {
    const page = tallyPage(
      labelled,
      [
        { note: 'europe-attacks', text: long },
        { note: 'raqqa-mosul-fallen', text: 'The coalition kept up its strikes.' },
        { note: 'fleeing-south', text: 'The coalition kept up its strikes.' },
        { note: 'cut-financing', text: 'Not a labelled paragraph.' },
      ],
      8,
    );
    expect(page).toEqual({ placed: 4, onTopic: 1, off: 2, wanted: 2, found: 1, noneFits: 0 });
    const empty = tallyPage([{ text: 'A caption.', claims: {} }], [{ note: 'x', text: 'A caption.' }], 8);
    expect(empty.noneFits).toBe(1);
    expect(summarise([page, empty])).toEqual({
      pages: 2,
      placed: 5,
      on_topic: 0.2,
      off: 0.6,
      note_recall: 0.5,
      notes_where_none_fits: 1,
    });
    // Precision first: an off note costs three on-topic ones.
    expect(objective([page])).toBe(1 - 3 * 2);
  });

  it('caps recall at the number of notes a page may show', () => {
    const many: LabelledParagraph[] = Array.from({ length: 10 }, (_, i) => ({
      text: `Paragraph ${i}.`,
      claims: { [`c${i}`]: 2 },
    }));
    expect(tallyPage(many, [], 8).wanted).toBe(8);
  });
});
