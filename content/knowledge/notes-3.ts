import type { Note } from '../types';
import { REFERENCE_DATES as R } from './reference-dates';

/** Paragraph 3: attacks in Europe, intelligence, arrests at borders and the money of terror. */
export const paragraphThreeNotes: Note[] = [
  {
    id: 'europe-attacks',
    kind: 'prediction',
    paragraph: 3,
    paraphrase:
      'With its state reduced to an illusion, the author expects the group to strike Europe more often, and says Western governments will have to keep a close and serious watch on that danger.',
    quotation: 'terrorist attacks in Europe might become a more serious occurrence',
    referenceDates: [],
    terms: [],
  },
  {
    id: 'intelligence-role',
    kind: 'argument',
    paragraph: 3,
    paraphrase:
      'Spy and security services matter most here, the piece argues: they must pick out and follow the right suspects before those people can kill, with recent attacks in Britain, France, Spain and Belgium as its examples.',
    quotation: 'identified and tracked before they are able to commit atrocities',
    referenceDates: [
      R.parisAttacks,
      R.brusselsBombings,
      R.niceAttack,
      R.manchesterBombing,
      R.londonBridgeAttack,
      R.barcelonaAttacks,
    ],
    terms: [],
  },
  {
    id: 'border-arrests',
    kind: 'prediction',
    paragraph: 3,
    paraphrase:
      'The author foresees police making more arrests at borders to stop attacks in advance, while warning that this could estrange the great majority of Muslims, who are wholly peaceful.',
    quotation: 'pre-emptive arrests at borders',
    referenceDates: [],
    terms: [],
  },
  {
    id: 'cut-financing',
    kind: 'argument',
    paragraph: 3,
    paraphrase:
      'Starving terrorists of money, whether they are in Muslim countries or in Europe, is vital to weakening them, the piece argues, pointing to how well the same approach served against organised crime, above all in Italy.',
    quotation: 'cutting off the financial supply of terrorists',
    referenceDates: [],
    terms: ['terrorist-financing'],
  },
];
