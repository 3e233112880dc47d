import type { LanguagePack } from '../language-pack';

// The German cues of each note and aliases of each term, by id. Only entrypoints/language-de.ts and
// the tools that need every language (languages/all.ts) import this module, so the overlay bundle
// carries none of it.
export const DE: LanguagePack = {
  cues: {
    'territorial-defeat':
      'territorium, herrschaftsgebiet, kalifat, hochburgen, kontrollierten gebiete; verloren, verliert, verlust, gebietsverluste, zurückgedrängt, vertrieben, zerfällt, zusammenbruch, geschrumpft',
    'raqqa-mosul-fallen':
      'rakka, raqqa, mossul; eroberung, eingenommen, befreiung, befreit, befreien, rückeroberung, zurückerobert, offensive, schlacht, angriff auf, vormarsch, belagerung, kampagne; not: mossul-staudamm',
    'weakened-not-defeated':
      'noch lange nicht vorbei, nicht vorbei, langfristige bedrohung, nicht besiegt, guerilla-taktik, verfrühter sieg, sieg erklären, bleibt eine bedrohung',
    'fleeing-south':
      'abu kamal, albu kamal, majadin, al-kaim, euphrattal, irakische grenze, grenze zum irak, deir ez-zor, deir essor; fliehen, flucht, geflohen, rückzug, zurückgezogen, aus dem irak, verstärkung, eingekesselt, letzte bastion; not: türkische grenze, grenze zur türkei',
    'africa-safe-haven':
      'afrika, afrikanische, nordafrika, sahel, nigeria, somalia, mali, boko haram, sinai, ägypten, tunesien, libyschen; rückzugsort, zufluchtsort, hochburg, ausbreiten, ausbreitung, ableger, provinz, lager, kontrolle gebracht, machtvakuum',
    'partial-victory':
      'teilsieg, militärische erfolge, fortschritte gegen, gemischte bilanz; warnen, gewarnt, trotz, widerstandsfähig, passt sich an, ausgebreitet',
    'fighters-15000': 'kämpfer, milizionäre, dschihadisten; schätzung, schätzungen, geschätzt, zwischen',
    'migrant-boats':
      'flüchtlingsboot, flüchtlingsboote, flüchtlingsroute, als flüchtlinge getarnt, migranten, flüchtlinge, asylbewerber, lampedusa; dschihadisten, terroristen, eingeschleust, einschleusen, verdächtige',
    'libya-gateway':
      'libyen, sirte, tripolis, bengasi, misrata; hochburg, ausbreiten, an boden gewonnen, kontrolle gebracht, kontrolle über, ausbreitung, stützpunkt, tor, südeuropa, europäische küsten, mittelmeer, vorgerückt',
    'gaddafi-vacuum':
      'gaddafi, machtvakuum, rivalisierende regierungen, zwei regierungen, einheitsregierung, milizen; libysch, chaos, gesetzlosigkeit, nutzen, vakuum, ölreichen',
    'europe-attacks':
      'europa, europäische, paris, brüssel, frankreich, belgien, deutschland, london, nizza, berlin, barcelona, spanien, italien, bayern; anschlag, anschläge, angriff, attentäter, attentat, massaker, anschlagspläne, terroranschlag',
    'intelligence-role':
      'geheimdienst, geheimdienste, verfassungsschutz, überwachung, polizei, behörden, ermittler, staatsanwalt, undercover-agent, fbi; verdächtige, verdächtigen, verdächtigt, aufgespürt, identifiziert, beobachtet, vereitelt, attentatspläne, festgenommen, gestanden',
    'border-arrests':
      'grenze, grenzen, grenzkontrollen, grenzübergang; festgenommen, festnahme, festnahmen, verhaftet, gestoppt, zurückgewiesen',
    'cut-financing':
      'finanzierung, finanzen, geld, öl, einnahmen, gelder, wirtschaftliche infrastruktur; abschneiden, austrocknen, sanktionen, verkaufen, schmuggel, schwarzmarkt, zahlungen, bezahlt, zerstört',
    'media-apparatus':
      'propaganda, video, videos, dabiq, amaq, rumiyah, internetmagazin, magazin, sprachrohr, bilder; veröffentlicht, verbreitet, zeigt, zeigen, ausgabe, neuen, bekanntgegeben',
    'cyber-terrorism':
      'cyberangriff, cyberangriffe, cyberkriminalität, internetkriminalität, gehackt, hackerangriff; cyber-kalifat, terroristen, geld beschaffen',
    'electronic-jihad':
      'elektronischer dschihad, cyber-dschihad, dschihadistische foren, hacker-handbücher, online-dschihad, virtuelles kalifat',
    'online-recruitment':
      'rekrutieren, rekrutierung, rekrutiert, anwerbung, angeworben, radikalisiert; im netz, internet, soziale netzwerke, twitter, facebook, telegram',
    'minniti-platforms':
      'twitter, facebook, google, youtube, internetkonzerne, plattformen, minniti; konten, gesperrt, löschen, löschung, extremistische inhalte, inhalte, hassrede, hasskommentare; not: folgen sie uns, teilen auf, abonnieren',
    'counter-measures':
      'programm, programme, prävention, präventionsprogramm, gegennarrativ, initiative; extremismus, radikalisierung, rekrutierung, zerschlagen, stören, gefährdet; not: anti-terror-einheit',
    'deradicalise-returnees':
      'rückkehrer, zurückgekehrt, rückkehr, kehren zurück, resozialisierung, deradikalisierung; ausländische kämpfer, aus syrien, aus dem irak, einzeltäter, einsamer wolf, zellen',
    'far-from-dead':
      'längst nicht tot, nicht tot, lebt weiter, globale reichweite, terroristische fähigkeit, weiterhin fähig, territoriale verluste',
  },
  aliases: {
    'islamic-state':
      'islamischer staat, islamischen staat, isis, islamischen staates, is-miliz, terrormiliz is',
    caliphate: 'kalifat, kalifats',
    jihad: 'dschihad, dschihadist, dschihadisten, dschihadistische, dschihadismus, jihadisten',
    raqqa: 'rakka, raqqa',
    mosul: 'mossul',
    'kurdish-forces':
      'kurdische kräfte, kurdische truppen, kurdenmiliz, demokratische kräfte syriens, peschmerga',
    'western-coalition': 'internationale koalition, westliche koalition, anti-is-koalition',
    libya: 'libyen',
    gaddafi: 'gaddafi, ghaddafi',
    'migrant-boats': 'flüchtlingsboote, flüchtlingsboot, migrantenboote',
    'foreign-fighters': 'ausländische kämpfer, ausländischen kämpfer, auslandskämpfer',
    'lone-wolves': 'einsamer wolf, einsame wölfe, einzeltäter',
    'small-cells': 'kleine zellen, terrorzelle, schläferzellen',
    'marco-minniti': 'marco minniti, minniti',
    'electronic-jihad': 'elektronischer dschihad, elektronischen dschihad, cyber-dschihad',
    'cyber-terrorism': 'cyberterrorismus, cyber-terrorismus',
    radicalisation: 'radikalisierung, radikalisiert, radikalisierte',
    deradicalisation: 'deradikalisierung',
    'terrorist-financing': 'terrorfinanzierung, terrorismusfinanzierung',
  },
};
