import type { GlossaryTerm } from '../types';

/** The group, its project, and the war that took its cities. `notes` is derived from the notes. */
export const groupTerms: Omit<GlossaryTerm, 'notes'>[] = [
  {
    id: 'islamic-state',
    label: 'Islamic State',
    card: 'The piece presents the group as the first terrorist organisation that tried to become a state, and as nearly beaten on the ground by October 2017. Its point is that losing land does not finish it: fighters, money, media and online networks keep it dangerous.',
  },
  {
    id: 'caliphate',
    label: 'caliphate',
    card: 'In the piece, the caliphate is the state the group built in Syria and Iraq, with Raqqa as its Syrian capital. Its collapse, the author argues, shifts the danger rather than ending it: with no state to run, the group may look to Europe.',
  },
  {
    id: 'jihad',
    label: 'jihad, jihadists',
    card: 'The piece calls the group’s fighters and supporters jihadists, whether in Syria and Iraq, in Libya or in Europe. It wants them cut off from money and from the internet, and drawn into conversations that test what they believe.',
  },
  {
    id: 'raqqa',
    label: 'Raqqa',
    card: 'The Syrian city the group ruled as the capital of its caliphate. The piece was written days after it fell and treats that fall as the end of the group’s centre of power, though not of the group itself.',
  },
  {
    id: 'mosul',
    label: 'Mosul',
    card: 'The Iraqi city whose loss the piece sets beside the fall of Raqqa. Together, it argues, the two defeats left the group badly weakened, yet still able to fight.',
  },
  {
    id: 'kurdish-forces',
    label: 'Kurdish forces',
    card: 'The piece credits Kurdish fighters, together with the Western coalition, with breaking the group in Raqqa and Mosul. It says little more about them: they appear as one of the two forces that brought the caliphate down.',
  },
  {
    id: 'western-coalition',
    label: 'Western coalition',
    card: 'The alliance the piece credits, with Kurdish forces, for taking Raqqa and Mosul. The author calls its success partial, and names its next job: taking apart the group’s media power.',
  },
];
