import type { Note } from '../types';
import { phrasesByLanguage } from './phrase-list';
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
    cues: phrasesByLanguage({
      en: 'minniti, google, facebook, twitter, youtube, tech companies, tech giants, social media companies, extremist content, hate speech, suspended accounts, accounts suspended, removal',
      es: 'minniti, google, facebook, twitter, youtube, empresas tecnológicas, gigantes tecnológicos, contenidos extremistas, discurso de odio, contenidos, cuentas suspendidas, eliminar',
      fr: 'minniti, google, facebook, twitter, youtube, géants du web, géants du numérique, contenus extrémistes, discours de haine, contenus, comptes suspendus, supprimer, retrait',
      it: 'minniti, viminale, google, facebook, twitter, youtube, colossi del web, contenuti estremisti, odio online, contenuti, account sospesi, rimozione',
      de: 'minniti, google, facebook, twitter, youtube, tech-konzerne, internetkonzerne, extremistische inhalte, hassrede, hasskommentare, inhalte, gesperrte konten, löschen, löschung',
      ar: 'مينيتي, غوغل, جوجل, فيسبوك, تويتر, يوتيوب, المحتوى المتطرف, خطاب الكراهية, المحتوى, حذف, تعليق الحسابات',
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
    cues: phrasesByLanguage({
      en: 'counter-terrorism, counter-extremism, countering violent extremism, counter-narrative, disrupt, disrupted, monitoring, deter, prevent, prevention, countering, de-radicalization programs, disrupting',
      es: 'antiterrorista, lucha antiterrorista, contraterrorismo, prevención de la radicalización, contranarrativa, desarticular, desarticulada, prevenir, prevención, contrarrestar',
      fr: 'antiterroriste, lutte antiterroriste, contre-terrorisme, prévention de la radicalisation, contre-discours, démanteler, démantelé, prévenir, prévention, contrer',
      it: 'antiterrorismo, lotta al terrorismo, prevenzione della radicalizzazione, contronarrativa, smantellare, smantellata, prevenire, prevenzione, contrastare',
      de: 'terrorabwehr, terrorbekämpfung, antiterror, präventionsprogramm, gegennarrativ, zerschlagen, zerschlagene, verhindern, prävention, bekämpfen',
      ar: 'مكافحة الإرهاب, الوقاية من التطرف, الخطاب المضاد, تفكيك, تفكيك خلية, منع, الوقاية, التصدي',
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
    cues: phrasesByLanguage({
      en: 'returnees, returning fighters, returned from syria, foreign fighters, deradicalisation, deradicalization, rehabilitation, lone wolf, lone wolves, returned, returning, return to europe, travelled to syria, traveled to syria, went to syria, prison, jail',
      es: 'retornados, combatientes extranjeros, regresaron de siria, desradicalización, rehabilitación, lobo solitario, lobos solitarios, regresado, regresar, viajó a siria, cárcel, prisión',
      fr: 'revenants, combattants étrangers, de retour de syrie, déradicalisation, réinsertion, loup solitaire, loups solitaires, rentrés, revenir, parti en syrie, prison',
      it: 'foreign fighters, combattenti stranieri, rientrati dalla siria, deradicalizzazione, riabilitazione, lupo solitario, lupi solitari, rientrato, tornati, partito per la siria, carcere',
      de: 'rückkehrer, ausländische kämpfer, aus syrien zurückgekehrt, deradikalisierung, resozialisierung, einzeltäter, einsamer wolf, zurückgekehrt, rückkehr, nach syrien gereist, gefängnis, haft',
      ar: 'العائدين, العائدون, المقاتلين الأجانب, المقاتلون الأجانب, إعادة التأهيل, الذئاب المنفردة, ذئب منفرد, عادوا, العودة, سافر إلى سوريا, السجن',
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
    cues: phrasesByLanguage({
      en: 'not dead, far from dead, still alive, remains a threat, still a threat, resurgence, comeback, extremists, potential terrorists, threat remains, remains capable, still capable, danger, persistent, suicide bomber, suicide bombers, suicide bombing, suicide attack, car bomb',
      es: 'no está muerto, sigue vivo, sigue siendo una amenaza, resurgir, resurgimiento, extremistas, potenciales terroristas, amenaza, peligro, persistente, atentado suicida, terrorista suicida, coche bomba',
      fr: 'pas mort, toujours vivant, reste une menace, résurgence, renaissance, extrémistes, terroristes potentiels, reste capable, danger, persistante, attentat-suicide, kamikaze, voiture piégée',
      it: 'non è morto, ancora vivo, resta una minaccia, rinascita, ritorno, estremisti, potenziali terroristi, resta capace, pericolo, persistente, attentato suicida, kamikaze, autobomba',
      de: 'nicht tot, lebt weiter, bleibt eine bedrohung, wiedererstarken, comeback, extremisten, potenzielle terroristen, weiterhin, gefahr, bedrohung bleibt, anhaltend, selbstmordanschlag, selbstmordattentäter, autobombe',
      ar: 'لم ينته, لا يزال يشكل تهديدا, ما زال خطرا, عودة التنظيم, المتطرفين, إرهابيين محتملين, خطر, تهديد, انتحاري, تفجير انتحاري, سيارة مفخخة',
    }),
  },
];
