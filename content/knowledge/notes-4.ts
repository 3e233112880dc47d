import type { Note } from '../types';
import { phrasesByLanguage } from './phrase-list';

/** Paragraph 4: propaganda, cyber-terrorism, the 'electronic jihad' and recruitment online. */
export const paragraphFourNotes: Note[] = [
  {
    id: 'media-apparatus',
    kind: 'argument',
    paragraph: 4,
    paraphrase:
      'Though all but finished as a territory, the group still runs a powerful propaganda machine that turns people into extremists anywhere, no chain of command needed; taking it apart is the coalition’s task, the piece says.',
    quotation: 'a very strong media apparatus',
    referenceDates: [],
    terms: ['radicalisation', 'western-coalition'],
    cues: phrasesByLanguage({
      en: 'propaganda, amaq, dabiq, rumiyah, al-hayat, propaganda videos, media wing, media arm, magazine, claimed responsibility, video, videos, posted online, released a video, statement posted, media outlets',
      es: 'propaganda, amaq, dabiq, rumiyah, vídeos propagandísticos, aparato mediático, revista, reivindicó, reivindicado, vídeo, vídeos, comunicado',
      fr: 'propagande, amaq, dabiq, rumiyah, vidéos de propagande, appareil médiatique, magazine, revendiqué, revendication, vidéo, vidéos, communiqué',
      it: 'propaganda, amaq, dabiq, rumiyah, video di propaganda, apparato mediatico, rivista, rivendicato, rivendicazione, video, comunicato',
      de: 'propaganda, amaq, dabiq, rumiyah, propagandavideos, propagandamaschine, sprachrohr, bekannte sich, bekennerschreiben, video, videos, erklärung',
      ar: 'الدعاية, أعماق, وكالة أعماق, دابق, رومية, الآلة الإعلامية, إصدارات مرئية, تبنى, أعلن مسؤوليته, فيديو, بيان',
    }),
  },
  {
    id: 'cyber-terrorism',
    kind: 'prediction',
    paragraph: 4,
    paraphrase:
      'Even without land, the author says, attacks through computer networks will go on threatening us, and online crime might become a way to bankroll terrorism.',
    quotation: 'Cyber-crimes could also be used to raise terrorist funds',
    referenceDates: [],
    terms: ['cyber-terrorism', 'terrorist-financing'],
    cues: phrasesByLanguage({
      en: 'cyber, cyberattack, cyberattacks, cybercrime, ransomware, cybersecurity, hacked',
      es: 'ciberataque, ciberataques, ciberdelincuencia, ciberdelitos, ciberseguridad, hackeo, pirateo',
      fr: 'cyberattaque, cyberattaques, cybercriminalité, cybersécurité, piratage, piraté',
      it: 'attacco informatico, attacchi informatici, cybercrimine, criminalità informatica, sicurezza informatica, hackerato',
      de: 'cyberangriff, cyberangriffe, cyberkriminalität, internetkriminalität, cybersicherheit, gehackt',
      ar: 'هجوم إلكتروني, هجمات إلكترونية, الجرائم الإلكترونية, الأمن السيبراني, اختراق',
    }),
  },
  {
    id: 'electronic-jihad',
    kind: 'argument',
    paragraph: 4,
    paraphrase:
      'The so-called electronic jihad, waged on social networks, tends to run alongside real-world attacks and protests, the piece observes, while jihadist forums hand out hacking guides and software for coordinated cyber-attacks.',
    quotation: 'The so-called ‘electronic jihad’, conducted through social media',
    referenceDates: [],
    terms: ['electronic-jihad', 'jihad', 'cyber-terrorism'],
    cues: phrasesByLanguage({
      en: 'electronic jihad, cyber jihad, social media, telegram, forums, jihadist forums, encrypted, encryption, hackers, hacking, accounts, online, messaging apps, messaging app, whatsapp, twitter accounts, channels',
      es: 'yihad electrónica, redes sociales, telegram, foros, foros yihadistas, cifrado, hackers, piratas informáticos, cuentas, en línea, aplicaciones de mensajería, whatsapp, canales',
      fr: 'djihad électronique, réseaux sociaux, telegram, forums, forums djihadistes, chiffrement, hackers, pirates informatiques, comptes, en ligne, messageries, whatsapp, chaînes',
      it: 'jihad elettronica, social network, social media, telegram, forum, forum jihadisti, crittografia, hacker, account, in rete, app di messaggistica, whatsapp, canali',
      de: 'elektronischer dschihad, soziale netzwerke, soziale medien, telegram, foren, dschihadistische foren, verschlüsselung, hacker, konten, online, messengerdienste, whatsapp, kanäle',
      ar: 'الجهاد الإلكتروني, مواقع التواصل الاجتماعي, تلغرام, المنتديات, المنتديات الجهادية, التشفير, قراصنة, حسابات, عبر الإنترنت, واتساب, تطبيقات, قنوات',
    }),
  },
  {
    id: 'online-recruitment',
    kind: 'argument',
    paragraph: 4,
    paraphrase:
      'In the author’s view the internet is the channel for signing up recruits and spreading propaganda, allowing loose, scattered networks to operate in small groups with nobody in overall command.',
    quotation: 'highly decentralised networks to work in small groups without central control',
    referenceDates: [],
    terms: ['small-cells', 'radicalisation'],
    cues: phrasesByLanguage({
      en: 'recruitment, recruit, recruits, recruited, recruiting, recruiter, internet, radicalised online, radicalized online, decentralised, decentralized, radicalized, radicalised, pledged allegiance, allegiance, sympathizers, sympathisers, supporters, travel to syria, joined',
      es: 'reclutamiento, reclutar, reclutados, captación, captados, internet, radicalizado en internet, descentralizada, radicalizado, juró lealtad, simpatizantes, seguidores, viajar a siria, unirse',
      fr: 'recrutement, recruter, recrues, recruté, recrutés, internet, radicalisé sur internet, décentralisé, radicalisé, prêté allégeance, allégeance, sympathisants, partisans, partir en syrie, rejoindre',
      it: 'reclutamento, reclutare, reclutati, reclute, internet, radicalizzato online, decentralizzata, radicalizzato, giurato fedeltà, simpatizzanti, sostenitori, partire per la siria, unirsi',
      de: 'rekrutierung, rekrutiert, anwerbung, angeworben, internet, online radikalisiert, dezentral, radikalisiert, treue geschworen, sympathisanten, anhänger, nach syrien reisen, anschließen',
      ar: 'تجنيد, التجنيد, مجندين, استقطاب, الإنترنت, الشبكة العنكبوتية, لامركزية, بايع, مبايعة, أنصار, مؤيدين, السفر إلى سوريا, الانضمام',
    }),
  },
];
