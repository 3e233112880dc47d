import type { Note } from '../types';
import { phrasesByLanguage } from './phrase-list';
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
    cues: phrasesByLanguage({
      en: '15,000, 15000, 20,000, 30,000, thousands of fighters, remaining fighters, fighters remain, estimated, number of fighters, fighters, manpower',
      es: '15.000, miles de combatientes, combatientes restantes, número de combatientes, combatientes, efectivos',
      fr: '15000, milliers de combattants, combattants restants, selon les estimations, nombre de combattants, combattants, effectifs',
      it: '15.000, migliaia di combattenti, combattenti rimasti, numero di combattenti, combattenti, effettivi',
      de: '15.000, tausende kämpfer, verbliebene kämpfer, schätzungen zufolge, zahl der kämpfer, kämpfer, zehntausende',
      ar: '15 ألف, آلاف المقاتلين, عدد المقاتلين, المقاتلين المتبقين, تقديرات, المقاتلين, آلاف, عناصر',
    }),
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
    cues: phrasesByLanguage({
      en: 'migrant boats, migrants, refugees, mediterranean, smugglers, smuggling, crossing, asylum seekers, lampedusa, boat, boats, migrant, refugee, asylum, posing as refugees, refugee route, aegean, greece',
      es: 'pateras, patera, migrantes, refugiados, mediterráneo, inmigrantes, traficantes de personas, solicitantes de asilo, barco, barcos, migrante, refugiado, asilo, falsos refugiados, grecia, egeo',
      fr: 'migrants, réfugiés, méditerranée, passeurs, traversée, exilés, lampedusa, bateau, bateaux, migrant, réfugié, asile, faux réfugiés, grèce, égée',
      it: 'barconi, migranti, profughi, mediterraneo, scafisti, sbarchi, richiedenti asilo, lampedusa, barca, barche, migrante, profugo, asilo, fingendosi profughi, grecia, egeo',
      de: 'flüchtlinge, migranten, mittelmeer, schlepper, flüchtlingsboote, überfahrt, asylbewerber, lampedusa, boot, boote, migrant, flüchtling, asyl, als flüchtlinge getarnt, griechenland, ägäis',
      ar: 'المهاجرين, اللاجئين, المتوسط, قوارب, المهربين, الهجرة غير الشرعية, قارب, مهاجر, لاجئ, اللجوء, اليونان',
    }),
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
    cues: phrasesByLanguage({
      en: 'libya, libyan, sirte, tripoli, benghazi, southern europe, european shores, north africa',
      es: 'libia, libio, sirte, trípoli, bengasi, sur de europa, costas europeas, norte de áfrica',
      fr: 'libye, libyen, syrte, tripoli, benghazi, europe du sud, côtes européennes, afrique du nord',
      it: 'libia, libico, sirte, tripoli, bengasi, europa meridionale, coste europee, nord africa',
      de: 'libyen, libysch, libyschen, sirte, tripolis, bengasi, südeuropa, europäische küsten, nordafrika',
      ar: 'ليبيا, الليبي, الليبية, سرت, طرابلس, بنغازي, جنوب أوروبا, شمال أفريقيا',
    }),
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
    cues: phrasesByLanguage({
      en: 'gaddafi, qaddafi, power vacuum, nato, regime change, intervention, dictator, militias, chaos, lawless, lawlessness, rival governments, unity government',
      es: 'gadafi, vacío de poder, otan, intervención, dictador, milicias, caos, anarquía, gobiernos rivales, gobierno de unidad',
      fr: 'kadhafi, vide du pouvoir, vide politique, otan, intervention, dictateur, milices, chaos, anarchie, gouvernements rivaux, gouvernement d union',
      it: 'gheddafi, vuoto di potere, nato, intervento, dittatore, milizie, caos, anarchia, governi rivali, governo di unità',
      de: 'gaddafi, machtvakuum, nato, intervention, diktator, milizen, chaos, gesetzlosigkeit, rivalisierende regierungen, einheitsregierung',
      ar: 'القذافي, فراغ السلطة, فراغ أمني, الناتو, التدخل العسكري, الميليشيات, الفوضى, حكومة الوفاق, حكومتين متنافستين, انهيار',
    }),
  },
];
