import type { Note } from '../types';
import { matterByLanguage } from './phrase-list';
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
    cues: matterByLanguage({
      en: 'europe, european, european cities, paris, brussels, france, belgium, germany, london, britain, manchester, nice, berlin, marseille, barcelona, bataclan, charlie hebdo, spain, italy; attack, attacks, terror attack, terror attacks, threat level, attacked, attacker, attackers, bombing, bombings, killings, massacre, massacres, plot, plotting, suicide bombers, gunmen, shooting, stabbing, soft targets; not: attacks in syria, attacks in iraq, britain-based, london-based, syrian observatory, istanbul, ankara, baghdad, damascus, kabul, russian bombing, airstrikes, coalition forces, coalition military forces',
      es: 'europa, europeo, europeos, parís, bruselas, francia, bélgica, alemania, londres, reino unido, barcelona, cambrils, españa, italia; atentado, atentados, ataque, ataques, atacante, atacantes, masacre, complot',
      fr: 'europe, européen, européens, paris, bruxelles, france, belgique, allemagne, londres, nice, bataclan, charlie, hypercasher, barcelone, espagne, italie; attentat, attentats, attaque, attaques, assaillant, assaillants, massacre, massacres, complot, tuerie',
      it: 'europa, europeo, europei, parigi, bruxelles, francia, belgio, germania, londra, nizza, barcellona, spagna, italia; attentato, attentati, attacco, attacchi, attentatore, attentatori, strage, complotto',
      de: 'europa, europäische, paris, brüssel, frankreich, belgien, deutschland, london, nizza, berlin, barcelona, spanien, italien, bayern; anschlag, anschläge, angriff, attentäter, attentat, massaker, anschlagspläne, terroranschlag',
      ar: 'أوروبا, الأوروبية, باريس, بروكسل, فرنسا, بلجيكا, ألمانيا, لندن, برشلونة, إسبانيا, إيطاليا; هجوم, هجمات, اعتداء, اعتداءات, تفجير, تفجيرات, مجزرة, مخطط',
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
    cues: matterByLanguage({
      en: 'intelligence, intelligence services, intelligence agencies, intelligence sharing, law enforcement, security services, surveillance, watch list, wanted list, known to, counter-terrorism units, fbi, mi5, undercover, informant, fingerprints, investigators, agents, security forces; suspect, suspects, suspected, catching, identities, track, tracked, tracking, track down, identified, monitor, monitored, foiled, plotting, detained, arrested, on record; not: site intelligence group, site intelligence, intelligence committee, military intelligence',
      es: 'inteligencia, servicios de inteligencia, vigilancia, fichado, policía, autoridades, investigadores, fiscalía, agente encubierto; sospechoso, sospechosos, rastrear, identificado, vigilado, frustrado, planeaban, detenido, detenidos, arrestado',
      fr: 'renseignement, services de renseignement, surveillance, fiché s, police, autorités, enquêteurs, parquet, agent infiltré; suspect, suspects, pisté, identifié, surveillé, déjoué, projetaient, interpellé, arrêté, arrêtés',
      it: 'intelligence, servizi segreti, sorveglianza, polizia, autorità, investigatori, procura, interpol, agente sotto copertura; sospetto, sospetti, sospettati, rintracciato, identificato, monitorato, sventato, pianificavano, arrestato, arrestati, lista',
      de: 'geheimdienst, geheimdienste, verfassungsschutz, überwachung, polizei, behörden, ermittler, staatsanwalt, undercover-agent, fbi; verdächtige, verdächtigen, verdächtigt, aufgespürt, identifiziert, beobachtet, vereitelt, attentatspläne, festgenommen, gestanden',
      ar: 'الاستخبارات, المخابرات, أجهزة الأمن, قوات الأمن, المراقبة, الشرطة, السلطات, المحققين, وزارة الداخلية; المشتبه, مشتبه, تعقب, رصد, إحباط, خطط, القبض على, اعتقال, خلايا, تتابع, ملاحقة',
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
    cues: matterByLanguage({
      en: 'border, borders, border controls, border checks, frontier, passports, airport, travel to syria, traveling to syria, travelling to syria; arrested, arrest, arrests, detained, stopped, turned back, before they could leave, arrested before, pre-emptive; not: turkish-syrian border, syrian-turkish border',
      es: 'frontera, fronteras, controles fronterizos, paso fronterizo; detenido, detenidos, detención, arrestado, arrestos, interceptado',
      fr: 'frontière, frontières, contrôles aux frontières, passage frontalier; interpellé, interpellés, arrêté, arrêtés, arrestation, arrestations, intercepté, refoulé',
      it: 'frontiera, frontiere, confine, controlli alle frontiere; arrestato, arrestati, arresto, arresti, fermato, fermati, intercettato, respinto',
      de: 'grenze, grenzen, grenzkontrollen, grenzübergang; festgenommen, festnahme, festnahmen, verhaftet, gestoppt, zurückgewiesen',
      ar: 'الحدود, الحدودية, المنافذ, المعابر; اعتقال, اعتقالات, القبض على, أوقف, احتجاز, ضبط',
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
    cues: matterByLanguage({
      en: 'financing, finances, financial, funding, money, oil, revenue, revenues, cash, lifeblood, funds, economic infrastructure; choke, choking, cut off, cutting, targeting, destroyed, sanctions, sell, smuggling, black market, losing, payments, paid, paying, in charge of, production',
      es: 'financiación, financiamiento, finanzas, dinero, petróleo, ingresos, fondos, infraestructura económica; cortar, asfixiar, sanciones, vender, contrabando, mercado negro, pagos, pagó, pagar, destruido',
      fr: 'financement, finances, financier, argent, pétrole, revenus, fonds, infrastructure économique; couper, assécher, sanctions, vendre, contrebande, marché noir, paiements, payer, accepté de lui payer, transactions, arrangements',
      it: 'finanziamento, finanziamenti, finanze, soldi, petrolio, entrate, fondi, infrastruttura economica; tagliare, prosciugare, sanzioni, vendere, contrabbando, mercato nero, pagamenti, pagare, distrutto',
      de: 'finanzierung, finanzen, geld, öl, einnahmen, gelder, wirtschaftliche infrastruktur; abschneiden, austrocknen, sanktionen, verkaufen, schmuggel, schwarzmarkt, zahlungen, bezahlt, zerstört',
      ar: 'تمويل, الأموال, النفط, الإيرادات, عائدات, البنية الاقتصادية; قطع, تجفيف, عقوبات, بيع, تهريب, السوق السوداء, دفع, مدفوعات, تدمير',
    }),
  },
];
