import type { Note } from '../types';
import { phrasesByLanguage } from './phrase-list';
import { REFERENCE_DATES as R } from './reference-dates';

/** Paragraph 1: the fall of Raqqa and Mosul, and why the war is not over. */
export const paragraphOneNotes: Note[] = [
  {
    id: 'territorial-defeat',
    kind: 'claim',
    paragraph: 1,
    paraphrase:
      'The piece calls the group the first terrorist movement that set out to build a state of its own, and says that by October 2017 it had all but lost its fight to hold ground.',
    quotation: 'has almost lost its territorial war',
    referenceDates: [R.caliphateProclaimed, R.raqqaCaptured],
    terms: ['islamic-state', 'caliphate'],
    cues: phrasesByLanguage({
      en: 'territory, territorial, lost ground, proto-state, caliphate, self-declared state, strongholds, last stronghold, pocket of territory, lost territory, territory it controlled, territory it once held, swathes of territory, losing territory, shrinking, stronghold, seized',
      es: 'territorio, territorial, califato, terreno perdido, bastiones, último bastión, protoestado, pérdida de territorio, territorio que controlaba, perdido territorio, bastión',
      fr: 'territoire, territorial, califat, terrain perdu, bastions, dernier bastion, proto-état, perte de territoire, territoire contrôlé, perdu du terrain, bastion',
      it: 'territorio, territoriale, califfato, roccaforti, ultima roccaforte, territori perduti, perdita di territorio, territorio controllato, perso terreno, roccaforte',
      de: 'territorium, herrschaftsgebiet, kalifat, gebietsverluste, hochburgen, letzte hochburg, gebiete verloren, kontrollierten gebiete, an boden verloren, hochburg',
      ar: 'الأراضي, الخلافة, دولة الخلافة, معاقل, آخر معاقل, سيطرته, خسارة الأراضي, المناطق التي يسيطر عليها, فقدان, معقل, الخاضعة لسيطرة',
    }),
  },
  {
    id: 'raqqa-mosul-fallen',
    kind: 'claim',
    paragraph: 1,
    paraphrase:
      'With Mosul gone and Raqqa, its Syrian seat of power, now fallen, the group had been stripped of its strongholds by the Western coalition fighting alongside Kurdish troops, the piece reports.',
    quotation: 'Raqqa, which had a strategic importance for the establishment of the caliphate, has fallen',
    referenceDates: [R.raqqaControlled, R.mosulCaptured, R.mosulVictory, R.raqqaCaptured],
    terms: ['raqqa', 'mosul', 'western-coalition', 'kurdish-forces', 'caliphate'],
    cues: phrasesByLanguage({
      en: 'raqqa, raqqah, mosul, fall of raqqa, fall of mosul, fell, recaptured, recapture, liberated, liberation, retaken, syrian democratic forces, sdf, offensive, battle for mosul, battle for raqqa, iraqi forces, kurdish forces, kurdish fighters, peshmerga, ypg, de facto capital',
      es: 'raqa, raqqa, mosul, caída, cayó, liberación, liberada, reconquista, recuperada, fuerzas democráticas sirias, ofensiva, batalla de mosul, batalla por raqa, fuerzas iraquíes, kurdos, peshmerga',
      fr: 'raqqa, rakka, mossoul, chute, tombée, libération, libérée, reprise, reconquête, fds, offensive, bataille de mossoul, bataille de raqqa, forces irakiennes, kurdes, peshmergas',
      it: 'raqqa, mosul, caduta, liberazione, liberata, riconquista, riconquistata, forze democratiche siriane, offensiva, battaglia di mosul, battaglia per raqqa, forze irachene, curdi, peshmerga',
      de: 'rakka, raqqa, mossul, eroberung, eingenommen, befreiung, befreit, rückeroberung, zurückerobert, sdf, offensive, schlacht um mossul, schlacht um rakka, irakische truppen, kurden, peschmerga',
      ar: 'الرقة, الموصل, تحرير, سقوط, استعادة, قسد, قوات سوريا الديمقراطية, هجوم, معركة, القوات العراقية, الأكراد, البيشمركة',
    }),
  },
  {
    id: 'weakened-not-defeated',
    kind: 'argument',
    paragraph: 1,
    paraphrase:
      'The author warns against declaring victory: losing its two capitals left the group badly damaged, yet damaged is not beaten, and the fight against it goes on.',
    quotation: 'severely weakened but not entirely defeated',
    referenceDates: [],
    terms: ['islamic-state', 'raqqa', 'mosul'],
    cues: phrasesByLanguage({
      en: 'defeated, defeat, weakened, not over, declared victory, far from over, beaten, degrade, degraded, setback, setbacks, losing ground, defeating',
      es: 'derrotado, derrota, debilitado, no ha terminado, declaró la victoria, reveses, retroceso, perdiendo terreno',
      fr: 'vaincu, défaite, affaibli, pas terminée, proclamé la victoire, revers, recul, perd du terrain',
      it: 'sconfitto, sconfitta, indebolito, non è finita, dichiarato vittoria, arretramento, perde terreno',
      de: 'besiegt, niederlage, geschwächt, nicht vorbei, sieg erklärt, rückschläge, rückschlag, verliert an boden',
      ar: 'هزيمة, هزم, أضعف, ضعف, إعلان النصر, تراجع, انتكاسة, خسائر',
    }),
  },
  {
    id: 'fleeing-south',
    kind: 'claim',
    paragraph: 1,
    paraphrase:
      'Fighters were retreating towards southern Syria near the Iraqi frontier, looking for fresh ground to seize, while inside Iraq the group could still count on men willing to die for it, according to the piece.',
    quotation: 'ready to die for ‘the noble cause’ of jihad',
    referenceDates: [],
    terms: ['jihad'],
    cues: phrasesByLanguage({
      en: 'iraqi border, syrian desert, euphrates, deir ez-zor, abu kamal, albu kamal, fled, fleeing, retreat, retreating, syrian border, border with iraq, border with syria, desert, southern syria, eastern syria, deir al-zor, deir el-zour, mayadeen, al-qaim',
      es: 'frontera iraquí, desierto sirio, éufrates, deir ez zor, abu kamal, huyen, huida, retirada, replegarse, frontera siria, frontera con irak, desierto, sur de siria, este de siria, mayadín',
      fr: 'frontière irakienne, désert syrien, euphrate, deir ez-zor, abou kamal, fuient, fuite, repli, retraite, frontière syrienne, désert, sud de la syrie, est de la syrie, mayadine',
      it: 'confine iracheno, deserto siriano, eufrate, deir ez-zor, abu kamal, fuggono, fuga, ritirata, confine siriano, deserto, sud della siria, est della siria, mayadin',
      de: 'irakische grenze, syrische wüste, euphrat, deir ez-zor, abu kamal, fliehen, flucht, rückzug, syrische grenze, grenze zum irak, wüste, südsyrien, ostsyrien, majadin',
      ar: 'الحدود العراقية, البادية, الفرات, دير الزور, البوكمال, فرار, انسحاب, فروا, الحدود السورية, الصحراء, هربوا, جنوب سوريا, شرق سوريا, الميادين, القائم',
    }),
  },
  {
    id: 'africa-safe-haven',
    kind: 'prediction',
    paragraph: 1,
    paraphrase:
      'The author expects some African states, hollowed out by corrupt rulers, to offer the group shelter, letting its fighters quietly rebuild what they have lost.',
    quotation: 'potential safe haven for Islamic State fighters',
    referenceDates: [],
    terms: [],
    cues: phrasesByLanguage({
      en: 'africa, african, sahel, safe haven, west africa, nigeria, somalia, mali, corrupt, corruption, boko haram, sinai, egypt, tunisia, algeria, affiliate, affiliates',
      es: 'áfrica, africanos, africano, sahel, refugio seguro, nigeria, somalia, malí, corrupción, corruptos, boko haram, sinaí, egipto, túnez, argelia, filial, filiales',
      fr: 'afrique, africains, africain, sahel, refuge, sanctuaire, nigeria, somalie, mali, corruption, boko haram, sinaï, égypte, tunisie, algérie, filiale, affiliés',
      it: 'africa, africani, africano, sahel, rifugio sicuro, nigeria, somalia, mali, corruzione, corrotti, boko haram, sinai, egitto, tunisia, algeria, affiliati',
      de: 'afrika, afrikanische, sahel, rückzugsort, zufluchtsort, nigeria, somalia, mali, korruption, korrupte, boko haram, sinai, ägypten, tunesien, algerien, ableger',
      ar: 'أفريقيا, الساحل, ملاذ آمن, نيجيريا, الصومال, مالي, الفساد, بوكو حرام, سيناء, مصر, تونس, الجزائر, فرع, ولاية',
    }),
  },
  {
    id: 'partial-victory',
    kind: 'argument',
    paragraph: 1,
    paraphrase:
      'For the author, the coalition’s win is only partial: its opponent adapts, keeps its strength in certain regions and remains powerful on the internet, so losing land does not show the threat was overstated.',
    quotation: 'a partial strategic victory against an enemy that is resilient',
    referenceDates: [],
    terms: ['western-coalition'],
    cues: phrasesByLanguage({
      en: 'coalition, strategic, resilient, insurgency, insurgent, underground, regroup, regrouping, partial victory, airstrikes, us-led, anti-isis coalition, campaign against isis, strategy',
      es: 'coalición, estratégica, resiliente, insurgencia, clandestinidad, reagruparse, victoria parcial, bombardeos, ataques aéreos, liderada por estados unidos, estrategia',
      fr: 'coalition, stratégique, résilient, insurrection, clandestinité, se regrouper, victoire partielle, frappes aériennes, bombardements, menée par les états-unis, stratégie',
      it: 'coalizione, strategica, resiliente, insurrezione, clandestinità, riorganizzarsi, vittoria parziale, raid aerei, bombardamenti, guidata dagli stati uniti, strategia',
      de: 'koalition, strategisch, widerstandsfähig, aufstand, untergrund, neu formieren, teilsieg, luftangriffe, us-geführte, strategie',
      ar: 'التحالف, استراتيجي, تمرد, حرب عصابات, إعادة تنظيم, نصر جزئي, الغارات, غارات جوية, بقيادة الولايات المتحدة, الحملة ضد, استراتيجية',
    }),
  },
];
