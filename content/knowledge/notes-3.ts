import type { Note } from '../types';
import { phrasesByLanguage } from './phrase-list';
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
    cues: phrasesByLanguage({
      en: 'europe, european cities, terror attack, terrorist attack, attacks in europe, terror threat, threat level, heightened alert, plot, plots, plotting, foiled, european, france, germany, belgium',
      es: 'europa, ciudades europeas, atentado, atentados, atentado terrorista, amenaza terrorista, nivel de alerta, complot, frustrado, europeo, europeos, francia, alemania, bélgica',
      fr: 'europe, villes européennes, attentat, attentats, attentat terroriste, menace terroriste, vigipirate, complot, déjoué, européen, européens, france, allemagne, belgique',
      it: 'europa, città europee, attentato, attentati, attentato terroristico, minaccia terroristica, livello di allerta, complotto, sventato, europeo, europei, francia, germania, belgio',
      de: 'europa, europäische städte, anschlag, anschläge, terroranschlag, terrorgefahr, terrorwarnung, warnstufe, anschlagspläne, vereitelt, europäisch, europäische, frankreich, deutschland, belgien',
      ar: 'أوروبا, المدن الأوروبية, هجوم إرهابي, الهجمات الإرهابية, تهديد إرهابي, حالة التأهب, مخطط, إحباط, الأوروبية, فرنسا, ألمانيا, بلجيكا',
    }),
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
    cues: phrasesByLanguage({
      en: 'intelligence, intelligence services, security services, surveillance, watch list, known to police, known to the authorities, mi5, paris attacks, brussels, manchester, london bridge, barcelona, cambrils, investigators, suspect, suspects, under surveillance, tracked, monitored',
      es: 'inteligencia, servicios de inteligencia, cni, vigilancia, fichado, conocido por la policía, parís, bruselas, manchester, londres, barcelona, cambrils, investigadores, sospechoso, sospechosos, bajo vigilancia, rastreado',
      fr: 'renseignement, services de renseignement, dgsi, fiché s, surveillance, connu des services, paris, bruxelles, manchester, londres, barcelone, cambrils, enquêteurs, suspect, suspects, sous surveillance, pisté',
      it: 'intelligence, servizi segreti, servizi di sicurezza, sorveglianza, monitorato, parigi, bruxelles, manchester, londra, barcellona, cambrils, investigatori, sospettato, sospettati, sotto sorveglianza, pedinato',
      de: 'geheimdienst, geheimdienste, nachrichtendienst, verfassungsschutz, gefährder, überwachung, paris, brüssel, manchester, london, barcelona, cambrils, ermittler, verdächtige, verdächtigen, unter beobachtung, observiert',
      ar: 'الاستخبارات, المخابرات, أجهزة الأمن, المراقبة, باريس, بروكسل, مانشستر, لندن, برشلونة, المحققين, المشتبه به, المشتبه بهم, تحت المراقبة',
    }),
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
    cues: phrasesByLanguage({
      en: 'arrested, arrests, detained, border, border controls, border checks, pre-emptive, muslim community, muslim communities, islamophobia, raid, raids, charged, muslims, mosque, mosques',
      es: 'detenido, detenidos, detenciones, arrestos, frontera, controles fronterizos, comunidad musulmana, islamofobia, redada, redadas, acusado, musulmanes, mezquita',
      fr: 'interpellé, interpellés, interpellations, arrestations, frontière, contrôles aux frontières, communauté musulmane, islamophobie, perquisition, perquisitions, mis en examen, musulmans, mosquée',
      it: 'arrestato, arrestati, arresti, fermati, frontiera, controlli alle frontiere, comunità musulmana, islamofobia, blitz, perquisizioni, accusato, musulmani, moschea',
      de: 'festgenommen, festnahme, festnahmen, grenze, grenzkontrollen, muslimische gemeinschaft, muslime, islamfeindlichkeit, razzia, razzien, angeklagt, moschee, moscheen',
      ar: 'اعتقال, اعتقالات, القبض على, الحدود, الجالية المسلمة, المسلمين, الإسلاموفوبيا, مداهمة, مداهمات, متهم, مسجد, المساجد',
    }),
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
    cues: phrasesByLanguage({
      en: 'financing, funding, funds, finances, sanctions, oil revenue, oil smuggling, money laundering, hawala, extortion, organised crime, organized crime, mafia, oil, revenue, revenues, cash, money, banks, taxes, antiquities',
      es: 'financiación, financiamiento, fondos, finanzas, sanciones, petróleo, blanqueo, extorsión, crimen organizado, mafia, ingresos, dinero, bancos, impuestos, antigüedades',
      fr: 'financement, fonds, finances, sanctions, pétrole, blanchiment, extorsion, crime organisé, mafia, revenus, argent, banques, impôts, antiquités',
      it: 'finanziamento, finanziamenti, fondi, sanzioni, petrolio, riciclaggio, estorsione, criminalità organizzata, mafia, entrate, soldi, banche, tasse, reperti',
      de: 'finanzierung, gelder, finanzen, sanktionen, ölhandel, geldwäsche, erpressung, organisierte kriminalität, mafia, einnahmen, öl, banken, steuern, antiken',
      ar: 'تمويل, أموال, الأموال, النفط, غسيل الأموال, الابتزاز, الجريمة المنظمة, المافيا, الإيرادات, عائدات, البنوك, الضرائب, الآثار',
    }),
  },
];
