import type { Note } from '../types';
import { REFERENCE_DATES as R } from './reference-dates';

/** Paragraph 1: the fall of Raqqa and Mosul, and why the war is not over. */
export const paragraphOneNotes: Note[] = [
  {
    id: 'territorial-defeat',
    kind: 'claim',
    paragraph: 1,
    paraphrase:
      'The piece calls the group the first terrorist movement that set out to build a state of its own, and says that by October 2017 it had all but lost its fight to hold ground.',
    quotation: 'has almost lost its territorial war',
    referenceDates: [R.caliphateProclaimed, R.raqqaCaptured],
    terms: ['islamic-state', 'caliphate'],
  },
  {
    id: 'raqqa-mosul-fallen',
    kind: 'claim',
    paragraph: 1,
    paraphrase:
      'With Mosul gone and Raqqa, its Syrian seat of power, now fallen, the group had been stripped of its strongholds by the Western coalition fighting alongside Kurdish troops, the piece reports.',
    quotation: 'Raqqa, which had a strategic importance for the establishment of the caliphate, has fallen',
    referenceDates: [R.raqqaControlled, R.mosulCaptured, R.mosulVictory, R.raqqaCaptured],
    terms: ['raqqa', 'mosul', 'western-coalition', 'kurdish-forces', 'caliphate'],
  },
  {
    id: 'weakened-not-defeated',
    kind: 'argument',
    paragraph: 1,
    paraphrase:
      'The author warns against declaring victory: losing its two capitals left the group badly damaged, yet damaged is not beaten, and the fight against it goes on.',
    quotation: 'severely weakened but not entirely defeated',
    referenceDates: [],
    terms: ['islamic-state', 'raqqa', 'mosul'],
  },
  {
    id: 'fleeing-south',
    kind: 'claim',
    paragraph: 1,
    paraphrase:
      'Fighters were retreating towards southern Syria near the Iraqi frontier, looking for fresh ground to seize, while inside Iraq the group could still count on men willing to die for it, according to the piece.',
    quotation: 'ready to die for ‘the noble cause’ of jihad',
    referenceDates: [],
    terms: ['jihad'],
  },
  {
    id: 'africa-safe-haven',
    kind: 'prediction',
    paragraph: 1,
    paraphrase:
      'The author expects some African states, hollowed out by corrupt rulers, to offer the group shelter, letting its fighters quietly rebuild what they have lost.',
    quotation: 'potential safe haven for Islamic State fighters',
    referenceDates: [],
    terms: [],
  },
  {
    id: 'partial-victory',
    kind: 'argument',
    paragraph: 1,
    paraphrase:
      'For the author, the coalition’s win is only partial: its opponent adapts, keeps its strength in certain regions and remains powerful on the internet, so losing land does not show the threat was overstated.',
    quotation: 'a partial strategic victory against an enemy that is resilient',
    referenceDates: [],
    terms: ['western-coalition'],
  },
];
