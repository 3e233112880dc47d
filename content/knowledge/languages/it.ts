import type { LanguagePack } from '../language-pack';

// The Italian cues of each note and aliases of each term, by id. Only entrypoints/language-it.ts and
// the tools that need every language (languages/all.ts) import this module, so the overlay bundle
// carries none of it.
export const IT: LanguagePack = {
  cues: {
    'territorial-defeat':
      'territorio, territoriale, califfato, roccaforti, zone sotto controllo; perso, perde, perdita, arretra, arretramento, cacciato, crolla, crollo, ridotto',
    'raqqa-mosul-fallen':
      'raqqa, mosul; caduta, liberazione, liberata, liberare, riconquista, riconquistata, offensiva, battaglia, assalto, avanzata, assedio, campagna; not: diga di mosul',
    'weakened-not-defeated':
      'lungi dall essere finita, non è finita, minaccia a lungo termine, non sconfitto, tattiche di guerriglia, vittoria prematura, cantare vittoria, resta una minaccia',
    'fleeing-south':
      'abu kamal, albu kamal, mayadin, al qaim, valle dell eufrate, confine iracheno, confine con l iraq, deir ez-zor; fuggono, fuga, fuggiti, ritirata, ripiegano, provenienti dall iraq, rinforzi, accerchiato, ultima roccaforte; not: confine turco, confine con la turchia',
    'africa-safe-haven':
      'africa, africano, africani, sahel, nigeria, somalia, mali, boko haram, sinai, egitto, tunisia, libico; rifugio sicuro, roccaforte, espandersi, espansione, affiliati, provincia, campi, preso il controllo, santuario',
    'partial-victory':
      'vittoria parziale, successi militari, progressi contro, bilancio incerto; avvertono, avvertito, nonostante, resiliente, si adatta, si è esteso',
    'fighters-15000': 'combattenti, miliziani, jihadisti; stima, stime, si stima, tra i',
    'migrant-boats':
      'barconi, barcone, rotta dei profughi, finti profughi, migranti, profughi, richiedenti asilo, lampedusa, sbarcati; jihadisti, terroristi, infiltrati, infiltrarsi, sospetti',
    'libya-gateway':
      'libia, sirte, tripoli, bengasi, misurata; roccaforte, espandersi, guadagnato terreno, preso il controllo, controllo di, diffusione, base, porta, europa meridionale, coste europee, mediterraneo, avanzato',
    'gaddafi-vacuum':
      'gheddafi, vuoto di potere, governi rivali, caos politico, governo di unità, fazioni armate; libici, caos, anarchia, approfittano, vuoto, cresciuto',
    'europe-attacks':
      'europa, europeo, europei, parigi, bruxelles, francia, belgio, germania, londra, nizza, barcellona, spagna, italia; attentato, attentati, attacco, attacchi, attentatore, attentatori, strage, complotto',
    'intelligence-role':
      'intelligence, servizi segreti, sorveglianza, polizia, autorità, investigatori, procura, interpol, agente sotto copertura; sospetto, sospetti, sospettati, rintracciato, identificato, monitorato, sventato, pianificavano, arrestato, arrestati, lista',
    'border-arrests':
      'frontiera, frontiere, confine, controlli alle frontiere; arrestato, arrestati, arresto, arresti, fermato, fermati, intercettato, respinto',
    'cut-financing':
      'finanziamento, finanziamenti, finanze, soldi, petrolio, entrate, fondi, infrastruttura economica; tagliare, prosciugare, sanzioni, vendere, contrabbando, mercato nero, pagamenti, pagare, distrutto',
    'media-apparatus':
      'propaganda, video, dabiq, amaq, rumiyah, rivista, braccio mediatico, immagini; diffuso, pubblicato, pubblicata, mostra, mostrano, edizione, numero, nuovo',
    'cyber-terrorism':
      'attacco informatico, attacchi informatici, cybercrimine, criminalità informatica, hackerato, pirati informatici; cybercaliffato, terroristi, raccogliere fondi',
    'electronic-jihad':
      'jihad elettronica, cyber-jihad, forum jihadisti, manuali di hacking, jihad online, califfato virtuale',
    'online-recruitment':
      'reclutare, reclutamento, reclutati, reclute, adescare, radicalizzato; in rete, internet, social network, twitter, facebook, telegram, web',
    'minniti-platforms':
      'twitter, facebook, google, youtube, colossi del web, piattaforme, minniti, viminale; account, chiusi, rimuovere, rimozione, contenuti estremisti, contenuti, sospesi, odio online; not: seguici, condividi su, iscriviti',
    'counter-measures':
      'programma, programmi, prevenzione, contronarrativa, iniziativa, lotta all estremismo; estremismo, radicalizzazione, reclutamento, smantellare, a rischio, contrastare; not: servizio antiterrorismo, forze antiterrorismo',
    'deradicalise-returnees':
      'rientrati, rientrano, ritorno, tornati, tornano, riabilitazione, deradicalizzazione; foreign fighters, combattenti stranieri, dalla siria, dall iraq, lupo solitario, lupi solitari, cellule',
    'far-from-dead':
      'lungi dall essere morto, non è morto, ancora vivo, portata globale, capacità terroristica, resta capace, perdite territoriali',
  },
  aliases: {
    'islamic-state': 'stato islamico, isis, daesh',
    caliphate: 'califfato',
    jihad: 'jihad, jihadista, jihadisti, jihadismo',
    raqqa: 'raqqa',
    mosul: 'mosul',
    'kurdish-forces': 'forze curde, milizie curde, forze democratiche siriane',
    'western-coalition': 'coalizione internazionale, coalizione occidentale',
    libya: 'libia',
    gaddafi: 'gheddafi',
    'migrant-boats': 'barconi, barcone, barche di migranti',
    'foreign-fighters': 'foreign fighters, combattenti stranieri',
    'lone-wolves': 'lupo solitario, lupi solitari',
    'small-cells': 'piccole cellule, cellula terroristica, cellule dormienti',
    'marco-minniti': 'marco minniti, minniti',
    'electronic-jihad': 'jihad elettronica, jihad elettronico, cyberjihad',
    'cyber-terrorism': 'cyberterrorismo, terrorismo informatico',
    radicalisation: 'radicalizzazione, radicalizzato, radicalizzati',
    deradicalisation: 'deradicalizzazione',
    'terrorist-financing': 'finanziamento del terrorismo',
  },
};
