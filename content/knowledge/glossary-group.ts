import type { GlossaryTerm } from '../types';
import { phrasesByLanguage } from './phrase-list';

// No bare 'IS' or 'EI': a highlighter matching case-insensitively would mark every English 'is'.

/** The group, its project, and the war that took its cities. `notes` is derived from the notes. */
export const groupTerms: Omit<GlossaryTerm, 'notes'>[] = [
  {
    id: 'islamic-state',
    label: 'Islamic State',
    aliases: phrasesByLanguage({
      en: 'islamic state, isis, isil, daesh, daish',
      es: 'estado islámico, estado islamico, isis, daesh, eiil',
      fr: 'état islamique, etat islamique, daech',
      it: 'stato islamico, isis, daesh',
      de: 'islamischer staat, islamischen staat, isis, islamischen staates, is-miliz, terrormiliz is',
      ar: 'الدولة الإسلامية, داعش, تنظيم الدولة',
    }),
    card: 'The piece presents the group as the first terrorist organisation that tried to become a state, and as nearly beaten on the ground by October 2017. Its point is that losing land does not finish it: fighters, money, media and online networks keep it dangerous.',
  },
  {
    id: 'caliphate',
    label: 'caliphate',
    aliases: phrasesByLanguage({
      en: 'caliphate',
      es: 'califato',
      fr: 'califat',
      it: 'califfato',
      de: 'kalifat, kalifats',
      ar: 'الخلافة, دولة الخلافة',
    }),
    card: 'In the piece, the caliphate is the state the group built in Syria and Iraq, with Raqqa as its Syrian capital. Its collapse, the author argues, shifts the danger rather than ending it: with no state to run, the group may look to Europe.',
  },
  {
    id: 'jihad',
    label: 'jihad, jihadists',
    aliases: phrasesByLanguage({
      en: 'jihad, jihadist, jihadists, jihadism',
      es: 'yihad, yihadista, yihadistas, yihadismo',
      fr: 'djihad, djihadiste, djihadistes, djihadisme, jihadiste, jihadistes',
      it: 'jihad, jihadista, jihadisti, jihadismo',
      de: 'dschihad, dschihadist, dschihadisten, dschihadistische, dschihadismus, jihadisten',
      ar: 'الجهاد, الجهاديين, الجهاديون, جهاديين, الجهادية',
    }),
    card: 'The piece calls the group’s fighters and supporters jihadists, whether in Syria and Iraq, in Libya or in Europe. It wants them cut off from money and from the internet, and drawn into conversations that test what they believe.',
  },
  {
    id: 'raqqa',
    label: 'Raqqa',
    aliases: phrasesByLanguage({
      en: 'raqqa, raqqah, rakka',
      es: 'raqa, raqqa',
      fr: 'raqqa, rakka',
      it: 'raqqa',
      de: 'rakka, raqqa',
      ar: 'الرقة',
    }),
    card: 'The Syrian city the group ruled as the capital of its caliphate. The piece was written days after it fell and treats that fall as the end of the group’s centre of power, though not of the group itself.',
  },
  {
    id: 'mosul',
    label: 'Mosul',
    aliases: phrasesByLanguage({
      en: 'mosul',
      es: 'mosul',
      fr: 'mossoul',
      it: 'mosul',
      de: 'mossul',
      ar: 'الموصل',
    }),
    card: 'The Iraqi city whose loss the piece sets beside the fall of Raqqa. Together, it argues, the two defeats left the group badly weakened, yet still able to fight.',
  },
  {
    id: 'kurdish-forces',
    label: 'Kurdish forces',
    aliases: phrasesByLanguage({
      en: 'kurdish forces, kurdish fighters, kurdish contingent, syrian democratic forces, ypg, peshmerga',
      es: 'fuerzas kurdas, milicias kurdas, fuerzas democráticas sirias, peshmergas',
      fr: 'forces kurdes, combattants kurdes, forces démocratiques syriennes, peshmergas',
      it: 'forze curde, milizie curde, forze democratiche siriane',
      de: 'kurdische kräfte, kurdische truppen, kurdenmiliz, demokratische kräfte syriens, peschmerga',
      ar: 'القوات الكردية, المقاتلين الأكراد, قوات سوريا الديمقراطية, البيشمركة',
    }),
    card: 'The piece credits Kurdish fighters, together with the Western coalition, with breaking the group in Raqqa and Mosul. It says little more about them: they appear as one of the two forces that brought the caliphate down.',
  },
  {
    id: 'western-coalition',
    label: 'Western coalition',
    aliases: phrasesByLanguage({
      en: 'western coalition, us-led coalition, international coalition, global coalition, anti-isis coalition',
      es: 'coalición internacional, coalición occidental',
      fr: 'coalition internationale, coalition occidentale',
      it: 'coalizione internazionale, coalizione occidentale',
      de: 'internationale koalition, westliche koalition, anti-is-koalition',
      ar: 'التحالف الدولي, التحالف الغربي',
    }),
    card: 'The alliance the piece credits, with Kurdish forces, for taking Raqqa and Mosul. The author calls its success partial, and names its next job: taking apart the group’s media power.',
  },
];
