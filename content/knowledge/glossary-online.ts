import type { GlossaryTerm } from '../types';
import { phrasesByLanguage } from './phrase-list';

/** The online front, radicalisation, and the money behind terror. */
export const onlineTerms: Omit<GlossaryTerm, 'notes'>[] = [
  {
    id: 'electronic-jihad',
    label: 'electronic jihad',
    aliases: phrasesByLanguage({
      en: 'electronic jihad, cyber jihad, cyber-jihad',
      es: 'yihad electrónica, ciberyihad',
      fr: 'djihad électronique, jihad électronique, cyberdjihad',
      it: 'jihad elettronica, jihad elettronico, cyberjihad',
      de: 'elektronischer dschihad, elektronischen dschihad, cyber-dschihad',
      ar: 'الجهاد الإلكتروني',
    }),
    card: 'The piece’s name for jihadist activity on social media, which it says often accompanies physical attacks and protests. Jihadist forums, it adds, pass around hacking manuals and tools: one more weapon for the group.',
  },
  {
    id: 'cyber-terrorism',
    label: 'cyber-terrorism',
    aliases: phrasesByLanguage({
      en: 'cyber-terrorism, cyberterrorism, cyber terrorism',
      es: 'ciberterrorismo',
      fr: 'cyberterrorisme',
      it: 'cyberterrorismo, terrorismo informatico',
      de: 'cyberterrorismus, cyber-terrorismus',
      ar: 'الإرهاب الإلكتروني, الإرهاب السيبراني',
    }),
    card: 'The piece expects attacks through computer networks to remain a threat after the group’s territorial defeat. It adds that cyber-crime could become a source of money for terrorism.',
  },
  {
    id: 'radicalisation',
    label: 'radicalisation',
    aliases: phrasesByLanguage({
      en: 'radicalisation, radicalization, radicalise, radicalize, radicalised, radicalized',
      es: 'radicalización, radicalizado, radicalizados',
      fr: 'radicalisation, radicalisé, radicalisés',
      it: 'radicalizzazione, radicalizzato, radicalizzati',
      de: 'radikalisierung, radikalisiert, radikalisierte',
      ar: 'التطرف, التشدد',
    }),
    card: 'The piece argues that the group’s media can turn people into extremists anywhere in the world without any command hierarchy. The internet, in its view, carries that recruitment and propaganda.',
  },
  {
    id: 'deradicalisation',
    label: 'deradicalisation',
    aliases: phrasesByLanguage({
      en: 'deradicalisation, deradicalization, deradicalise, deradicalize, de-radicalisation, de-radicalization',
      es: 'desradicalización',
      fr: 'déradicalisation',
      it: 'deradicalizzazione',
      de: 'deradikalisierung',
      ar: 'نزع التطرف, اجتثاث التطرف',
    }),
    card: 'The piece’s answer to returning fighters: bring them back from extremism before they recruit or attack. It pairs this with conversations that challenge jihadist beliefs and with intelligence work.',
  },
  {
    id: 'terrorist-financing',
    label: 'terrorist financing',
    aliases: phrasesByLanguage({
      en: 'terrorist financing, terror financing, terrorist funding, terrorist funds, financing of terrorism',
      es: 'financiación del terrorismo, financiación terrorista',
      fr: 'financement du terrorisme',
      it: 'finanziamento del terrorismo',
      de: 'terrorfinanzierung, terrorismusfinanzierung',
      ar: 'تمويل الإرهاب',
    }),
    card: 'The piece argues that cutting terrorists off from money, in the Muslim world and in Europe alike, is key to weakening them, as it was against organised crime in Italy. It also warns that cyber-crime might raise funds.',
  },
];
