import type { Note } from '../types';
import { matterByLanguage } from './phrase-list';
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
    cues: matterByLanguage({
      en: 'fighters, militants, jihadists; estimate, estimates, estimated, several thousand, remain active, exceeded, range between, how many, put the figure',
      es: 'combatientes, milicianos, yihadistas; estimación, estimaciones, se estima, oscilan entre',
      fr: 'combattants, miliciens, djihadistes; estimation, estimations, selon les estimations, entre',
      it: 'combattenti, miliziani, jihadisti; stima, stime, si stima, tra i',
      de: 'kämpfer, milizionäre, dschihadisten; schätzung, schätzungen, geschätzt, zwischen',
      ar: 'مقاتل, مقاتلين, مقاتلي, عناصر; تقديرات, يقدر, يقدر عدد, يتراوح, بضعة آلاف',
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
    cues: matterByLanguage({
      en: 'migrant boat, migrant boats, refugee boat, refugee boats, refugee route, posing as refugees, migrants, refugees, asylum seekers, lampedusa; jihadists, terrorists, militants, infiltrate, infiltrated, smuggled, suspected fighters, jihadist groups, smugglers',
      es: 'patera, pateras, barco de refugiados, ruta de los refugiados, falsos refugiados, migrantes, refugiados, solicitantes de asilo, lampedusa; yihadistas, terroristas, infiltrados, infiltrarse, sospechosos',
      fr: 'bateau de migrants, bateaux de migrants, route des réfugiés, faux réfugiés, migrants, réfugiés, demandeurs d asile, lampedusa; djihadistes, terroristes, infiltrés, s infiltrer, suspects',
      it: 'barconi, barcone, rotta dei profughi, finti profughi, migranti, profughi, richiedenti asilo, lampedusa, sbarcati; jihadisti, terroristi, infiltrati, infiltrarsi, sospetti',
      de: 'flüchtlingsboot, flüchtlingsboote, flüchtlingsroute, als flüchtlinge getarnt, migranten, flüchtlinge, asylbewerber, lampedusa; dschihadisten, terroristen, eingeschleust, einschleusen, verdächtige',
      ar: 'قوارب المهاجرين, قارب, طريق اللاجئين, المهاجرين, اللاجئين, طالبي اللجوء; جهاديين, إرهابيين, تسلل, متسللين, مشتبه',
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
    cues: matterByLanguage({
      en: 'libya, sirte, tripoli, benghazi, misrata; stronghold, foothold, expand, expanding, gained ground, took control, taken control, control of, spread, spillover, base, gateway, southern europe, european shores, mediterranean, advanced, pushed, jihadist groups, train and recruit, fighters, attack, attacks, attacked, cells, active, once held, held, loses ground, losing ground',
      es: 'libia, sirte, trípoli, bengasi, misrata; bastión, expandirse, ganado terreno, tomó el control, control de, propagación, base, puerta, sur de europa, costas europeas, mediterráneo, avanzaron',
      fr: 'libye, syrte, tripoli, benghazi, misrata; bastion, s étendre, gagné du terrain, pris le contrôle, contrôle de, propagation, base, porte d entrée, europe du sud, côtes européennes, méditerranée, avancé',
      it: 'libia, sirte, tripoli, bengasi, misurata; roccaforte, espandersi, guadagnato terreno, preso il controllo, controllo di, diffusione, base, porta, europa meridionale, coste europee, mediterraneo, avanzato',
      de: 'libyen, sirte, tripolis, bengasi, misrata; hochburg, ausbreiten, an boden gewonnen, kontrolle gebracht, kontrolle über, ausbreitung, stützpunkt, tor, südeuropa, europäische küsten, mittelmeer, vorgerückt',
      ar: 'ليبيا, سرت, طرابلس, بنغازي, مصراتة; معقل, تمدد, سيطر على, السيطرة على, انتشار, قاعدة, بوابة, جنوب أوروبا, المتوسط, تقدمت, الجماعات الجهادية, التدريب',
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
    cues: matterByLanguage({
      en: 'gaddafi, qaddafi, power vacuum, rival governments, two rival governments, political turmoil, unity government, armed factions; libyan, chaos, turmoil, exploit, exploited, vacuum, grown, lawless',
      es: 'gadafi, vacío de poder, gobiernos rivales, caos político, gobierno de unidad, facciones armadas; libios, caos, anarquía, aprovechan, vacío, crecido',
      fr: 'kadhafi, vide du pouvoir, gouvernements rivaux, chaos politique, gouvernement d union, factions armées; libyens, chaos, anarchie, profitent, vide, prospéré',
      it: 'gheddafi, vuoto di potere, governi rivali, caos politico, governo di unità, fazioni armate; libici, caos, anarchia, approfittano, vuoto, cresciuto',
      de: 'gaddafi, machtvakuum, rivalisierende regierungen, zwei regierungen, einheitsregierung, milizen; libysch, chaos, gesetzlosigkeit, nutzen, vakuum, ölreichen',
      ar: 'القذافي, فراغ السلطة, حكومتين, حكومة الوفاق, الفصائل المسلحة; الليبية, الفوضى, استغلال, فراغ, الاضطرابات',
    }),
  },
];
