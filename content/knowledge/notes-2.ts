import type { Note } from '../types';
import { REFERENCE_DATES as R } from './reference-dates';

/** Paragraph 2: the fighters left, the sea route to Europe, and Libya after Gaddafi. */
export const paragraphTwoNotes: Note[] = [
  {
    id: 'fighters-15000',
    kind: 'claim',
    paragraph: 2,
    paraphrase:
      'The piece puts the number of the group’s remaining fighters at roughly 15,000 and judges the danger they pose to be as grave as ever.',
    quotation: 'Islamic State fighters – about 15,000 – remains extremely serious',
    referenceDates: [],
    terms: [],
  },
  {
    id: 'migrant-boats',
    kind: 'prediction',
    paragraph: 2,
    paraphrase:
      'Having lost their land, the author suggests, jihadists might slip into Europe aboard the boats that carry migrants, and make the continent their new focus.',
    quotation: 'use migrant boats to reach Europe',
    referenceDates: [],
    terms: ['migrant-boats', 'jihad'],
  },
  {
    id: 'libya-gateway',
    kind: 'prediction',
    paragraph: 2,
    paraphrase:
      'With Syria and Iraq harder to take, the piece sees Libya as the likely staging ground for fighters heading across the sea towards the coasts of southern Europe.',
    quotation: 'Libya could serve as a key territory',
    referenceDates: [],
    terms: ['libya'],
  },
  {
    id: 'gaddafi-vacuum',
    kind: 'argument',
    paragraph: 2,
    paraphrase:
      'The author blames a short-sighted Western decision to topple Gaddafi: brutal as he was, the West could keep him in check, and his fall opened a gap in power that Libya’s jihadist groups have turned to their advantage.',
    quotation:
      'created a power vacuum that has resulted in a fertile and exploitable ground for jihadist groups in Libya',
    referenceDates: [R.libyaIntervention, R.gaddafiKilled],
    terms: ['gaddafi', 'libya', 'jihad'],
  },
];
