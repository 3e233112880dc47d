import type { Note } from '../types';
import { matterByLanguage } from './phrase-list';
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
    cues: matterByLanguage({
      en: 'territory, territorial, caliphate, self-declared caliphate, self-proclaimed caliphate, strongholds, swathes, area under its control, land it held; lost, losing, lost ground, steadily losing, ousted from, shrinking, rolled back, ousted, pushed from, pulling back, crumble, crumbling, retreated, driven out, lost half',
      es: 'territorio, territorial, califato, bastiones, zonas bajo su control; perdido, pierde, perdiendo, pérdida, retrocede, retroceso, expulsado, se desmorona, reducido',
      fr: 'territoire, territorial, califat, bastions, zones sous son contrôle; perdu, perd, perte, recul, recule, chassé, s effondre, effondrement, réduit, faire reculer',
      it: 'territorio, territoriale, califfato, roccaforti, zone sotto controllo; perso, perde, perdita, arretra, arretramento, cacciato, crolla, crollo, ridotto',
      de: 'territorium, herrschaftsgebiet, kalifat, hochburgen, kontrollierten gebiete; verloren, verliert, verlust, gebietsverluste, zurückgedrängt, vertrieben, zerfällt, zusammenbruch, geschrumpft',
      ar: 'الأراضي, الخلافة, دولة الخلافة, معاقل, المناطق التي يسيطر عليها; خسر, خسارة, فقدان, تراجع, طرد, انهيار, انحسار, يتقلص',
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
    cues: matterByLanguage({
      en: 'raqqa, raqqah, mosul; fall of, fell, recapture, recaptured, retake, retook, liberate, liberation, liberated, offensive, battle for, assault, advance, advances, advancing, advanced, capturing, march on, next target, major offensive, spearhead, poised to, siege, campaign, thrust, encircle, isolated, seize control; not: mosul dam',
      es: 'raqa, raqqa, mosul; caída, cayó, liberación, liberada, liberar, reconquista, recuperar, ofensiva, batalla, asalto, avance, asedio, campaña; not: presa de mosul',
      fr: 'raqqa, rakka, mossoul; chute, tombée, libération, libérée, libérer, reprise, reprendre, reconquête, offensive, bataille, assaut, avancée, siège, campagne; not: barrage de mossoul',
      it: 'raqqa, mosul; caduta, liberazione, liberata, liberare, riconquista, riconquistata, offensiva, battaglia, assalto, avanzata, assedio, campagna; not: diga di mosul',
      de: 'rakka, raqqa, mossul; eroberung, eingenommen, befreiung, befreit, befreien, rückeroberung, zurückerobert, offensive, schlacht, angriff auf, vormarsch, belagerung, kampagne; not: mossul-staudamm',
      ar: 'الرقة, الموصل; تحرير, سقوط, استعادة, هجوم, معركة, اقتحام, تقدم, حصار, حملة, خسارة; not: سد الموصل',
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
    cues: matterByLanguage({
      en: 'far from over, not over, long-term threat, not defeated, fight another day, guerrilla tactics, not been defeated, premature victory, remain a threat, adapted to survive, survive as an insurgency',
      es: 'lejos de terminar, no ha terminado, amenaza a largo plazo, no derrotado, tácticas de guerrilla, victoria prematura, declarar la victoria, sigue siendo una amenaza',
      fr: 'loin d être terminée, pas terminée, menace à long terme, pas vaincu, tactiques de guérilla, victoire prématurée, crier victoire, reste une menace',
      it: 'lungi dall essere finita, non è finita, minaccia a lungo termine, non sconfitto, tattiche di guerriglia, vittoria prematura, cantare vittoria, resta una minaccia',
      de: 'noch lange nicht vorbei, nicht vorbei, langfristige bedrohung, nicht besiegt, guerilla-taktik, verfrühter sieg, sieg erklären, bleibt eine bedrohung',
      ar: 'لم تنته, لم ينته, تهديد طويل الأمد, لم يهزم, حرب العصابات, سابق لأوانه, إعلان النصر, لا يزال يشكل تهديدا, لا يعني هزيمة, حركة تمرد',
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
    cues: matterByLanguage({
      en: 'abu kamal, albu kamal, mayadeen, mayadin, al-mayadin, al-qaim, euphrates valley, syrian-iraqi border, iraqi border, border with iraq, deir ez-zor, deir al-zor, deir el-zour; fled, fleeing, flee, fleeing south, fled south, retreat, retreating, retreated, arriving from iraq, arrived from iraq, from iraq, reinforcements, cornered, last bastion, last bastions, withdraw, withdrew, entered the country, regroup, regrouping, hiding, shelter, remnants; not: turkish-syrian border, syrian-turkish border, border with turkey',
      es: 'abu kamal, albu kamal, mayadín, al qaim, valle del éufrates, frontera iraquí, frontera con irak, deir ez zor; huyen, huida, huyeron, retirada, replegarse, procedentes de irak, refuerzos, acorralado, último bastión; not: frontera turca, frontera con turquía',
      fr: 'abou kamal, albou kamal, mayadine, al qaïm, vallée de l euphrate, frontière irakienne, frontière avec l irak, deir ez-zor; fuient, fuite, ont fui, repli, retraite, en provenance d irak, renforts, acculé, dernier bastion; not: frontière turque, frontière avec la turquie',
      it: 'abu kamal, albu kamal, mayadin, al qaim, valle dell eufrate, confine iracheno, confine con l iraq, deir ez-zor; fuggono, fuga, fuggiti, ritirata, ripiegano, provenienti dall iraq, rinforzi, accerchiato, ultima roccaforte; not: confine turco, confine con la turchia',
      de: 'abu kamal, albu kamal, majadin, al-kaim, euphrattal, irakische grenze, grenze zum irak, deir ez-zor, deir essor; fliehen, flucht, geflohen, rückzug, zurückgezogen, aus dem irak, verstärkung, eingekesselt, letzte bastion; not: türkische grenze, grenze zur türkei',
      ar: 'البوكمال, الميادين, القائم, وادي الفرات, الحدود العراقية, الحدود مع العراق, الحدود السورية العراقية, دير الزور, جنوب الفرات, بين سوريا والعراق; فرار, فروا, هربوا, انسحاب, انسحبوا, قادمين من العراق, تعزيزات, محاصر, آخر معاقل, يختبئون, تتنقل; not: الحدود التركية, الحدود مع تركيا',
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
    cues: matterByLanguage({
      en: 'africa, african, north african, sahel, nigeria, somalia, mali, boko haram, sinai, egypt, tunisia, tunisian, algeria, libyan; safe haven, expand, expanding, expansion, foothold, affiliate, affiliates, camps, gained ground, spillover, took control, taken control, grown, sanctuary, branch, pledged allegiance',
      es: 'áfrica, africano, africanos, sahel, nigeria, somalia, malí, boko haram, sinaí, egipto, túnez, libio; refugio seguro, bastión, expandirse, expansión, filial, filiales, provincia, campamentos, tomó el control, santuario',
      fr: 'afrique, africain, africains, sahel, nigeria, somalie, mali, boko haram, sinaï, égypte, tunisie, libyen; refuge, sanctuaire, bastion, s étendre, expansion, filiale, affiliés, province, camps, pris le contrôle',
      it: 'africa, africano, africani, sahel, nigeria, somalia, mali, boko haram, sinai, egitto, tunisia, libico; rifugio sicuro, roccaforte, espandersi, espansione, affiliati, provincia, campi, preso il controllo, santuario',
      de: 'afrika, afrikanische, nordafrika, sahel, nigeria, somalia, mali, boko haram, sinai, ägypten, tunesien, libyschen; rückzugsort, zufluchtsort, hochburg, ausbreiten, ausbreitung, ableger, provinz, lager, kontrolle gebracht, machtvakuum',
      ar: 'أفريقيا, الأفارقة, الساحل, نيجيريا, الصومال, مالي, بوكو حرام, سيناء, مصر, تونس, ليبيا; ملاذ آمن, معاقل, معقل, توسع, تمدد, فرع, ولاية, معسكرات, سيطر على',
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
    cues: matterByLanguage({
      en: 'partial victory, partial strategic victory, military gains, battlefield gains, progress against, hailed, mixed results; warn, warned, despite, resilient, adapting, not reduced, expanded, global reach',
      es: 'victoria parcial, avances militares, logros militares, progresos contra, balance mixto; advierten, advirtió, a pesar de, resiliente, se adapta, se ha extendido',
      fr: 'victoire partielle, gains militaires, progrès contre, bilan mitigé, plus que mitigé; avertissent, averti, pourtant, malgré, résilient, s adapte, s est étendu',
      it: 'vittoria parziale, successi militari, progressi contro, bilancio incerto; avvertono, avvertito, nonostante, resiliente, si adatta, si è esteso',
      de: 'teilsieg, militärische erfolge, fortschritte gegen, gemischte bilanz; warnen, gewarnt, trotz, widerstandsfähig, passt sich an, ausgebreitet',
      ar: 'نصر جزئي, مكاسب عسكرية, تقدم ضد, حصيلة متباينة; حذر, يحذرون, رغم, صامد, يتكيف, توسع',
    }),
  },
];
