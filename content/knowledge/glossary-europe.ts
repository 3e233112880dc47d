import type { GlossaryTerm } from '../types';
import { phrasesByLanguage } from './phrase-list';

/** The routes, people and names of the threat the piece sees moving towards Europe. */
export const europeTerms: Omit<GlossaryTerm, 'notes'>[] = [
  {
    id: 'libya',
    label: 'Libya',
    aliases: phrasesByLanguage({
      en: 'libya',
      es: 'libia',
      fr: 'libye',
      it: 'libia',
      de: 'libyen',
      ar: 'ليبيا',
    }),
    card: 'The piece sees Libya as the likely next base, a place from which fighters could cross to southern Europe. It traces the opening to the Western decision to remove Gaddafi, which left a vacuum that jihadist groups exploit.',
  },
  {
    id: 'gaddafi',
    label: 'Gaddafi',
    aliases: phrasesByLanguage({
      en: 'gaddafi, qaddafi, kadhafi',
      es: 'gadafi, gaddafi',
      fr: 'kadhafi',
      it: 'gheddafi',
      de: 'gaddafi, ghaddafi',
      ar: 'القذافي',
    }),
    card: 'Libya’s ruler until 2011. The author grants he was a brutal dictator, yet one the West could keep in check, and calls his removal a short-sighted choice whose vacuum jihadists have used.',
  },
  {
    id: 'migrant-boats',
    label: 'migrant boats',
    aliases: phrasesByLanguage({
      en: 'migrant boats, migrant boat, refugee boats',
      es: 'pateras, patera, barcos de migrantes, embarcaciones de migrantes',
      fr: 'bateaux de migrants, embarcations de migrants',
      it: 'barconi, barcone, barche di migranti',
      de: 'flüchtlingsboote, flüchtlingsboot, migrantenboote',
      ar: 'قوارب المهاجرين, قوارب الهجرة',
    }),
    card: 'The piece warns that, with no land left to hold, jihadists might travel to Europe hidden among migrants at sea. It presents this as a new risk, one that mattered less while the group was busy running its state.',
  },
  {
    id: 'foreign-fighters',
    label: 'foreign fighters',
    aliases: phrasesByLanguage({
      en: 'foreign fighters, foreign fighter',
      es: 'combatientes extranjeros, combatiente extranjero',
      fr: 'combattants étrangers, combattant étranger',
      it: 'foreign fighters, combattenti stranieri',
      de: 'ausländische kämpfer, ausländischen kämpfer, auslandskämpfer',
      ar: 'المقاتلين الأجانب, المقاتلون الأجانب',
    }),
    card: 'Fighters who joined the group from abroad. The piece worries about those who may come back to Europe, and argues they must be deradicalised before they recruit others or attack, alone or in small cells.',
  },
  {
    id: 'lone-wolves',
    label: 'lone wolves',
    aliases: phrasesByLanguage({
      en: 'lone wolf, lone wolves, lone-wolf',
      es: 'lobo solitario, lobos solitarios',
      fr: 'loup solitaire, loups solitaires',
      it: 'lupo solitario, lupi solitari',
      de: 'einsamer wolf, einsame wölfe, einzeltäter',
      ar: 'الذئاب المنفردة, ذئب منفرد, الذئب المنفرد',
    }),
    card: 'Attackers who act alone. The piece names them, beside small cells, as one way returning fighters could strike in Europe, which is why it leans on intelligence work and deradicalisation.',
  },
  {
    id: 'small-cells',
    label: 'small cells',
    aliases: phrasesByLanguage({
      en: 'small cells, terror cell, terrorist cell, sleeper cells',
      es: 'pequeñas células, célula terrorista, células durmientes',
      fr: 'petites cellules, cellule terroriste, cellules dormantes',
      it: 'piccole cellule, cellula terroristica, cellule dormienti',
      de: 'kleine zellen, terrorzelle, schläferzellen',
      ar: 'خلايا صغيرة, خلية إرهابية, الخلايا النائمة',
    }),
    card: 'Small groups acting with no central command. The piece argues that the internet makes such loose networks possible, and names small cells, with lone wolves, as the form that attacks by returnees could take.',
  },
  {
    id: 'marco-minniti',
    label: 'Marco Minniti',
    aliases: phrasesByLanguage({
      en: 'marco minniti, minniti',
      es: 'marco minniti, minniti',
      fr: 'marco minniti, minniti',
      it: 'marco minniti, minniti',
      de: 'marco minniti, minniti',
      ar: 'ماركو مينيتي, مينيتي',
    }),
    card: 'Italy’s Interior Minister when the piece was written. The piece cites his call for Google, Facebook, Twitter and other big platforms to help stop cruel and hateful material spreading online.',
  },
];
