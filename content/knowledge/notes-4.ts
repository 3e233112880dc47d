import type { Note } from '../types';
import { matterByLanguage } from './phrase-list';

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
    cues: matterByLanguage({
      en: 'propaganda, dabiq, amaq, aamaq, rumiyah, magazine, media wing, propaganda films, new video, video showing, video purporting, purporting to show, purportedly showing, graphic video; released, posted, posted online, published, shows, showing, issue, edition, propagate, watched, spread, online',
      es: 'propaganda, vídeo, vídeos, dabiq, amaq, rumiyah, revista, brazo mediático, imágenes; difundió, publicó, publicado, muestra, mostrando, edición, número, nueva',
      fr: 'propagande, vidéo, vidéos, dabiq, amaq, rumiyah, magazine, branche médiatique, images; diffusé, publié, publiée, montre, montrant, édition, numéro, nouvelle, recyclé',
      it: 'propaganda, video, dabiq, amaq, rumiyah, rivista, braccio mediatico, immagini; diffuso, pubblicato, pubblicata, mostra, mostrano, edizione, numero, nuovo',
      de: 'propaganda, video, videos, dabiq, amaq, rumiyah, internetmagazin, magazin, sprachrohr, bilder; veröffentlicht, verbreitet, zeigt, zeigen, ausgabe, neuen, bekanntgegeben',
      ar: 'الدعاية, فيديو, شريط, دابق, أعماق, رومية, مجلة, الذراع الإعلامية, صور; نشر, بث, أظهر, يظهر, عدد, إصدار, جديد',
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
    cues: matterByLanguage({
      en: 'cyber attack, cyber attacks, cybercrime, ransomware, hacking, hacked, hackers; jihadist hackers, cyber caliphate, terrorists, raise money, raise funds',
      es: 'ciberataque, ciberataques, ciberdelincuencia, ciberdelitos, pirateo, hackeo, piratas informáticos; cibercalifato, terroristas, recaudar fondos',
      fr: 'cyberattaque, cyberattaques, cybercriminalité, piratage, piraté, pirates informatiques; cybercalifat, terroristes, lever des fonds',
      it: 'attacco informatico, attacchi informatici, cybercrimine, criminalità informatica, hackerato, pirati informatici; cybercaliffato, terroristi, raccogliere fondi',
      de: 'cyberangriff, cyberangriffe, cyberkriminalität, internetkriminalität, gehackt, hackerangriff; cyber-kalifat, terroristen, geld beschaffen',
      ar: 'هجوم إلكتروني, هجمات إلكترونية, الجرائم الإلكترونية, اختراق, قراصنة; الخلافة الإلكترونية, الإرهابيين, الجهاديين, جمع الأموال',
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
    cues: matterByLanguage({
      en: 'electronic jihad, cyber jihad, jihadist forums, hacking manuals, hacking tools, jihadist hackers group, online jihad, virtual caliphate',
      es: 'yihad electrónica, ciber-yihad, foros yihadistas, manuales de hackeo, yihad en internet, califato virtual',
      fr: 'djihad électronique, cyber-djihad, forums djihadistes, manuels de piratage, djihad en ligne, califat virtuel',
      it: 'jihad elettronica, cyber-jihad, forum jihadisti, manuali di hacking, jihad online, califfato virtuale',
      de: 'elektronischer dschihad, cyber-dschihad, dschihadistische foren, hacker-handbücher, online-dschihad, virtuelles kalifat',
      ar: 'الجهاد الإلكتروني, المنتديات الجهادية, أدلة الاختراق, الخلافة الافتراضية, الجهاد عبر الإنترنت',
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
    cues: matterByLanguage({
      en: 'recruit, recruits, recruitment, recruiting, recruited, radicalised, radicalized, lure; online, internet, social media, twitter, facebook, site, telegram, web, chat rooms',
      es: 'reclutar, reclutamiento, reclutados, captación, captados, radicalizado; en internet, internet, redes sociales, twitter, facebook, telegram, web',
      fr: 'recruter, recrutement, recrues, recrutés, embrigadement, radicalisé; en ligne, internet, réseaux sociaux, twitter, facebook, telegram, web',
      it: 'reclutare, reclutamento, reclutati, reclute, adescare, radicalizzato; in rete, internet, social network, twitter, facebook, telegram, web',
      de: 'rekrutieren, rekrutierung, rekrutiert, anwerbung, angeworben, radikalisiert; im netz, internet, soziale netzwerke, twitter, facebook, telegram',
      ar: 'تجنيد, التجنيد, مجندين, استقطاب, تطرف; الإنترنت, مواقع التواصل الاجتماعي, تويتر, فيسبوك, تلغرام',
    }),
  },
];
