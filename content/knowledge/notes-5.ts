import type { Note } from '../types';
import { REFERENCE_DATES as R } from './reference-dates';

/** Paragraph 5: the platforms, the counter-measures, returning fighters, and a group far from dead. */
export const paragraphFiveNotes: Note[] = [
  {
    id: 'minniti-platforms',
    kind: 'claim',
    paragraph: 5,
    paraphrase:
      'Marco Minniti, Italy’s interior minister, had said plainly that large tech platforms (Google, Facebook, Twitter) must help keep cruel, hate-filled material from spreading on the web.',
    quotation: 'atrocious and hateful content online',
    referenceDates: [R.minnitiInOffice, R.minnitiLeavesOffice],
    terms: ['marco-minniti'],
  },
  {
    id: 'counter-measures',
    kind: 'argument',
    paragraph: 5,
    paraphrase:
      'The piece lists the tools: watching forums and money sources, cutting terrorists off the internet, breaking up their plans, and talking with jihadists to question their convictions, all to pull people out and discourage recruits.',
    quotation: 'conversing with jihadists to challenge their beliefs',
    referenceDates: [],
    terms: ['jihad', 'terrorist-financing', 'deradicalisation'],
  },
  {
    id: 'deradicalise-returnees',
    kind: 'argument',
    paragraph: 5,
    paraphrase:
      'The aim, the author writes, is to deradicalise foreign fighters who may come back to Europe meaning to enlist others and to strike, whether acting alone or in small cells.',
    quotation: 'either in small cells or as lone wolves',
    referenceDates: [],
    terms: ['foreign-fighters', 'deradicalisation', 'small-cells', 'lone-wolves'],
  },
  {
    id: 'far-from-dead',
    kind: 'argument',
    paragraph: 5,
    paraphrase:
      'Closing, the author again stresses intelligence work: extremists and would-be attackers must be spotted and neutralised in advance, because the group may have given up its land but is still very much alive.',
    quotation: 'far from being entirely dead',
    referenceDates: [],
    terms: ['islamic-state'],
  },
];
