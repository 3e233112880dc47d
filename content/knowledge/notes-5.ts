import type { Note } from '../types';
import { matterByLanguage } from './phrase-list';
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
    cues: matterByLanguage({
      en: 'twitter, facebook, google, youtube, apple, tech companies, tech industry, silicon valley, platforms, alphabet, minniti; accounts, shut down, take down, takes down, takedowns, extremist content, content, remove, removal, suspended, police, monitoring, hate speech, terrorism-related; not: follow us, like us, share on, share this, subscribe',
      es: 'twitter, facebook, google, youtube, empresas tecnológicas, plataformas, minniti; cuentas, cerrado, eliminar, eliminado, contenidos extremistas, contenido, suspendidas, discurso de odio; not: síguenos, compartir en, suscríbete',
      fr: 'twitter, facebook, google, youtube, géants du web, plateformes, minniti; comptes, fermé, supprimer, supprimé, contenus extrémistes, contenus, suspendus, discours de haine; not: suivez-nous, partager sur, abonnez-vous',
      it: 'twitter, facebook, google, youtube, colossi del web, piattaforme, minniti, viminale; account, chiusi, rimuovere, rimozione, contenuti estremisti, contenuti, sospesi, odio online; not: seguici, condividi su, iscriviti',
      de: 'twitter, facebook, google, youtube, internetkonzerne, plattformen, minniti; konten, gesperrt, löschen, löschung, extremistische inhalte, inhalte, hassrede, hasskommentare; not: folgen sie uns, teilen auf, abonnieren',
      ar: 'تويتر, فيسبوك, غوغل, جوجل, يوتيوب, المنصات, مينيتي; حسابات, إغلاق, حذف, المحتوى المتطرف, المحتوى, تعليق, خطاب الكراهية; not: تابعونا, شارك على',
    }),
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
    cues: matterByLanguage({
      en: 'program, programs, programme, outreach, counter-narrative, cyber bombs, electronic techniques, cyber attack techniques, efforts to counter, initiative, prevention, counter-extremism; extremism, radicalization, radicalisation, recruiting, disrupt, degrade, at risk, steer, derail; not: counter-terrorism service, counter-terrorism forces',
      es: 'programa, programas, prevención, contranarrativa, iniciativa, lucha contra el extremismo; extremismo, radicalización, reclutamiento, desarticular, en riesgo, desactivar; not: servicio antiterrorista, fuerzas antiterroristas',
      fr: 'programme, programmes, prévention, contre-discours, initiative, lutte contre l extrémisme; extrémisme, radicalisation, recrutement, démanteler, perturber, à risque; not: service de contre-terrorisme, forces antiterroristes',
      it: 'programma, programmi, prevenzione, contronarrativa, iniziativa, lotta all estremismo; estremismo, radicalizzazione, reclutamento, smantellare, a rischio, contrastare; not: servizio antiterrorismo, forze antiterrorismo',
      de: 'programm, programme, prävention, präventionsprogramm, gegennarrativ, initiative; extremismus, radikalisierung, rekrutierung, zerschlagen, stören, gefährdet; not: anti-terror-einheit',
      ar: 'برنامج, برامج, الوقاية, الخطاب المضاد, مبادرة, مكافحة التطرف; التطرف, التجنيد, تفكيك, تعطيل, المعرضين; not: جهاز مكافحة الإرهاب, قوات مكافحة الإرهاب',
    }),
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
    cues: matterByLanguage({
      en: 'returning, returned, return, returnees, returnee, came back, come back, crossed back, rehabilitate, rehabilitation, deradicalization, deradicalisation, deradicalise; foreign fighters, from syria, from iraq, fighting for, fought with, fighting with, jihadism, lone wolf, lone wolves, cells, program, to europe, to britain, left to fight',
      es: 'retornados, regresan, regresaron, regreso, volvieron, rehabilitación, desradicalización; combatientes extranjeros, de siria, de irak, combatir con, lobo solitario, lobos solitarios, células',
      fr: 'revenants, reviennent, revenus, retour, rentrés, réinsertion, déradicalisation; combattants étrangers, de syrie, d irak, combattre avec, loup solitaire, loups solitaires, cellules',
      it: 'rientrati, rientrano, ritorno, tornati, tornano, riabilitazione, deradicalizzazione; foreign fighters, combattenti stranieri, dalla siria, dall iraq, lupo solitario, lupi solitari, cellule',
      de: 'rückkehrer, zurückgekehrt, rückkehr, kehren zurück, resozialisierung, deradikalisierung; ausländische kämpfer, aus syrien, aus dem irak, einzeltäter, einsamer wolf, zellen',
      ar: 'العائدين, العائدون, عادوا, العودة, عودة, إعادة التأهيل, نزع التطرف; المقاتلين الأجانب, من سوريا, من العراق, الذئاب المنفردة, ذئب منفرد, خلايا',
    }),
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
    cues: matterByLanguage({
      en: 'far from dead, not dead, broader appeal, global reach, terrorism capability, remains capable, still capable, territorial losses, old mirage',
      es: 'lejos de estar muerto, no está muerto, sigue vivo, alcance global, capacidad terrorista, sigue siendo capaz, pérdidas territoriales',
      fr: 'loin d être mort, pas mort, toujours vivant, portée mondiale, capacité terroriste, reste capable, pertes territoriales, vieux mirage',
      it: 'lungi dall essere morto, non è morto, ancora vivo, portata globale, capacità terroristica, resta capace, perdite territoriali',
      de: 'längst nicht tot, nicht tot, lebt weiter, globale reichweite, terroristische fähigkeit, weiterhin fähig, territoriale verluste',
      ar: 'لم يمت, لا يزال حيا, ما زال حيا, الانتشار العالمي, القدرة الإرهابية, لا يزال قادرا, الخسائر الميدانية',
    }),
  },
];
