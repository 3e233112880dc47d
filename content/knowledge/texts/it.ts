import type { PieceTexts } from '../../i18n/types';

// Pure data: the piece's notes, glossary cards and reference dates in Italian, written from the
// English of the knowledge pack. `quotation` is our translation of the note's English quotation.
export const PIECE_IT: PieceTexts = {
  notes: {
    'territorial-defeat': {
      paraphrase:
        'Il testo definisce il gruppo il primo movimento terroristico che ha cercato di costruirsi uno Stato proprio, e afferma che nell’ottobre 2017 aveva ormai quasi perso la sua lotta per tenere il territorio.',
      quotation: 'ha quasi perso la sua guerra territoriale',
    },
    'raqqa-mosul-fallen': {
      paraphrase:
        'Persa Mosul e caduta ora Raqqa, la sua sede di potere in Siria, il gruppo era stato privato delle sue roccaforti dalla coalizione occidentale, che combatteva al fianco delle truppe curde, riferisce il testo.',
      quotation: 'Raqqa, che aveva un’importanza strategica per l’instaurazione del califfato, è caduta',
    },
    'weakened-not-defeated': {
      paraphrase:
        'L’autore mette in guardia dal cantare vittoria: la perdita delle sue due capitali ha colpito duramente il gruppo, ma colpito non vuol dire sconfitto, e la lotta contro di esso continua.',
      quotation: 'gravemente indebolito ma non del tutto sconfitto',
    },
    'fleeing-south': {
      paraphrase:
        'I combattenti ripiegavano verso il sud della Siria, vicino al confine iracheno, in cerca di nuovo terreno da occupare, mentre in Iraq il gruppo poteva ancora contare su uomini pronti a morire per esso, secondo il testo.',
      quotation: 'pronti a morire per «la nobile causa» della jihad',
    },
    'africa-safe-haven': {
      paraphrase:
        'L’autore si aspetta che alcuni Stati africani, svuotati da governanti corrotti, offrano riparo al gruppo, lasciando che i suoi combattenti ricostruiscano in silenzio ciò che hanno perso.',
      quotation: 'potenziale rifugio sicuro per i combattenti dello Stato Islamico',
    },
    'partial-victory': {
      paraphrase:
        'Per l’autore il successo della coalizione è solo parziale: l’avversario si adatta, conserva la sua forza in certe regioni e resta potente su internet, quindi perdere terreno non dimostra che la minaccia fosse esagerata.',
      quotation: 'una vittoria strategica parziale contro un nemico resiliente',
    },
    'fighters-15000': {
      paraphrase:
        'Il testo stima in circa 15.000 i combattenti rimasti al gruppo e giudica il pericolo che rappresentano grave come sempre.',
      quotation: 'combattenti dello Stato Islamico – circa 15.000 – resta estremamente seria',
    },
    'migrant-boats': {
      paraphrase:
        'Persa la loro terra, suggerisce l’autore, i jihadisti potrebbero infiltrarsi in Europa a bordo dei barconi dei migranti e fare del continente il loro nuovo obiettivo.',
      quotation: 'usare i barconi dei migranti per raggiungere l’Europa',
    },
    'libya-gateway': {
      paraphrase:
        'Con Siria e Iraq più difficili da tenere, il testo vede nella Libia la probabile base di partenza per combattenti diretti via mare verso le coste dell’Europa meridionale.',
      quotation: 'la Libia potrebbe fungere da territorio chiave',
    },
    'gaddafi-vacuum': {
      paraphrase:
        'L’autore incolpa una miope decisione occidentale, quella di rovesciare Gheddafi: per quanto brutale fosse, l’Occidente riusciva a tenerlo a freno, e la sua caduta ha aperto un vuoto di potere di cui i gruppi jihadisti libici hanno approfittato.',
      quotation:
        'ha creato un vuoto di potere che è diventato un terreno fertile e sfruttabile per i gruppi jihadisti in Libia',
    },
    'europe-attacks': {
      paraphrase:
        'Ridotto il suo Stato a un’illusione, l’autore si aspetta che il gruppo colpisca l’Europa più spesso, e dice che i governi occidentali dovranno sorvegliare quel pericolo da vicino e con serietà.',
      quotation: 'gli attentati terroristici in Europa potrebbero diventare un fenomeno più grave',
    },
    'intelligence-role': {
      paraphrase:
        'Qui contano soprattutto i servizi di intelligence e di sicurezza, sostiene il testo: devono individuare e seguire i sospetti giusti prima che possano uccidere, e cita come esempi i recenti attentati in Gran Bretagna, Francia, Spagna e Belgio.',
      quotation: 'individuati e seguiti prima che riescano a commettere atrocità',
    },
    'border-arrests': {
      paraphrase:
        'L’autore prevede che la polizia farà più arresti alle frontiere per fermare gli attentati in anticipo, avvertendo però che ciò potrebbe allontanare la grande maggioranza dei musulmani, del tutto pacifici.',
      quotation: 'arresti preventivi alle frontiere',
    },
    'cut-financing': {
      paraphrase:
        'Togliere il denaro ai terroristi, che siano nei paesi musulmani o in Europa, è vitale per indebolirli, sostiene il testo, ricordando quanto bene lo stesso metodo abbia funzionato contro la criminalità organizzata, soprattutto in Italia.',
      quotation: 'tagliare i rifornimenti finanziari dei terroristi',
    },
    'media-apparatus': {
      paraphrase:
        'Benché come territorio sia quasi finito, il gruppo gestisce ancora una potente macchina di propaganda che radicalizza le persone ovunque, senza bisogno di una catena di comando; smantellarla è compito della coalizione, dice il testo.',
      quotation: 'un apparato mediatico molto forte',
    },
    'cyber-terrorism': {
      paraphrase:
        'Anche senza territorio, afferma l’autore, gli attacchi attraverso le reti informatiche continueranno a minacciarci, e la criminalità online potrebbe diventare un modo per finanziare il terrorismo.',
      quotation: 'Anche i crimini informatici potrebbero servire a raccogliere fondi per il terrorismo',
    },
    'electronic-jihad': {
      paraphrase:
        'La cosiddetta jihad elettronica, condotta sui social network, tende ad accompagnare attacchi e proteste nel mondo reale, osserva il testo, mentre i forum jihadisti distribuiscono guide all’hacking e software per attacchi informatici coordinati.',
      quotation: 'La cosiddetta «jihad elettronica», condotta attraverso i social media',
    },
    'online-recruitment': {
      paraphrase:
        'Secondo l’autore internet è il canale per arruolare reclute e diffondere propaganda, e permette a reti sciolte e disperse di agire in piccoli gruppi senza nessuno al comando generale.',
      quotation: 'a reti molto decentralizzate di operare in piccoli gruppi senza controllo centrale',
    },
    'minniti-platforms': {
      paraphrase:
        'Marco Minniti, ministro dell’Interno italiano, aveva detto chiaramente che le grandi piattaforme tecnologiche (Google, Facebook, Twitter) devono aiutare a impedire che contenuti crudeli e carichi d’odio si diffondano in rete.',
      quotation: 'contenuti atroci e d’odio online',
    },
    'counter-measures': {
      paraphrase:
        'Il testo elenca gli strumenti: sorvegliare forum e fonti di denaro, tagliare fuori i terroristi da internet, sventare i loro piani e dialogare con i jihadisti per mettere in discussione le loro convinzioni, tutto per tirare fuori le persone e scoraggiare nuove reclute.',
      quotation: 'dialogare con i jihadisti per mettere in discussione le loro convinzioni',
    },
    'deradicalise-returnees': {
      paraphrase:
        'Lo scopo, scrive l’autore, è deradicalizzare i combattenti stranieri che potrebbero tornare in Europa con l’intento di arruolare altri e colpire, da soli o in piccole cellule.',
      quotation: 'in piccole cellule o come lupi solitari',
    },
    'far-from-dead': {
      paraphrase:
        'In chiusura l’autore insiste di nuovo sul lavoro di intelligence: estremisti e aspiranti attentatori vanno individuati e neutralizzati in anticipo, perché il gruppo avrà anche perso il suo territorio, ma è ancora ben vivo.',
      quotation: 'tutt’altro che del tutto morto',
    },
  },
  terms: {
    'islamic-state': {
      label: 'Stato Islamico',
      card: 'Il testo presenta il gruppo come la prima organizzazione terroristica che ha tentato di diventare uno Stato, e come quasi sconfitto sul terreno nell’ottobre 2017. La sua tesi è che perdere territorio non lo elimina: combattenti, denaro, media e reti online lo mantengono pericoloso.',
    },
    caliphate: {
      label: 'califfato',
      card: 'Nel testo il califfato è lo Stato che il gruppo ha costruito in Siria e Iraq, con Raqqa come capitale siriana. Il suo crollo, sostiene l’autore, sposta il pericolo anziché porvi fine: senza uno Stato da governare, il gruppo potrebbe guardare all’Europa.',
    },
    jihad: {
      label: 'jihad, jihadisti',
      card: 'Il testo chiama jihadisti i combattenti e i sostenitori del gruppo, in Siria e Iraq, in Libia o in Europa. Vuole tagliarli fuori dal denaro e da internet, e coinvolgerli in conversazioni che mettano alla prova ciò in cui credono.',
    },
    raqqa: {
      label: 'Raqqa',
      card: 'La città siriana che il gruppo governava come capitale del suo califfato. Il testo è stato scritto pochi giorni dopo la sua caduta e la considera la fine del centro di potere del gruppo, ma non del gruppo stesso.',
    },
    mosul: {
      label: 'Mosul',
      card: 'La città irachena la cui perdita il testo affianca alla caduta di Raqqa. Insieme, sostiene, le due sconfitte hanno lasciato il gruppo molto indebolito, ma ancora capace di combattere.',
    },
    'kurdish-forces': {
      label: 'forze curde',
      card: 'Il testo attribuisce ai combattenti curdi, insieme alla coalizione occidentale, il merito di aver spezzato il gruppo a Raqqa e Mosul. Non dice molto altro su di loro: compaiono come una delle due forze che hanno abbattuto il califfato.',
    },
    'western-coalition': {
      label: 'coalizione occidentale',
      card: 'L’alleanza a cui il testo attribuisce, con le forze curde, la presa di Raqqa e Mosul. L’autore definisce il suo successo parziale e ne indica il compito successivo: smantellare il potere mediatico del gruppo.',
    },
    libya: {
      label: 'Libia',
      card: 'Il testo vede nella Libia la probabile prossima base, un luogo da cui i combattenti potrebbero passare nell’Europa meridionale. Fa risalire questo varco alla decisione occidentale di rimuovere Gheddafi, che ha lasciato un vuoto sfruttato dai gruppi jihadisti.',
    },
    gaddafi: {
      label: 'Gheddafi',
      card: 'Capo della Libia fino al 2011. L’autore ammette che era un dittatore brutale, ma uno che l’Occidente riusciva a tenere a freno, e definisce la sua rimozione una scelta miope il cui vuoto è stato sfruttato dai jihadisti.',
    },
    'migrant-boats': {
      label: 'barconi dei migranti',
      card: 'Il testo avverte che, senza più terra da tenere, i jihadisti potrebbero raggiungere l’Europa nascosti tra i migranti in mare. Lo presenta come un rischio nuovo, che pesava meno finché il gruppo era impegnato a governare il suo Stato.',
    },
    'foreign-fighters': {
      label: 'combattenti stranieri',
      card: 'Combattenti che si sono uniti al gruppo dall’estero. Il testo si preoccupa di quelli che potrebbero tornare in Europa, e sostiene che vanno deradicalizzati prima che ne arruolino altri o colpiscano, da soli o in piccole cellule.',
    },
    'lone-wolves': {
      label: 'lupi solitari',
      card: 'Attentatori che agiscono da soli. Il testo li nomina, accanto alle piccole cellule, come un modo in cui i combattenti di ritorno potrebbero colpire in Europa; per questo punta sull’intelligence e sulla deradicalizzazione.',
    },
    'small-cells': {
      label: 'piccole cellule',
      card: 'Piccoli gruppi che agiscono senza comando centrale. Il testo sostiene che internet rende possibili queste reti sciolte, e indica le piccole cellule, con i lupi solitari, come la forma che potrebbero prendere gli attacchi dei combattenti di ritorno.',
    },
    'marco-minniti': {
      label: 'Marco Minniti',
      card: 'Ministro dell’Interno italiano quando il testo è stato scritto. Il testo cita il suo appello a Google, Facebook, Twitter e alle altre grandi piattaforme perché aiutino a fermare la diffusione online di contenuti crudeli e d’odio.',
    },
    'electronic-jihad': {
      label: 'jihad elettronica',
      card: 'Il nome che il testo dà all’attività jihadista sui social media, che secondo il testo accompagna spesso attacchi fisici e proteste. I forum jihadisti, aggiunge, fanno circolare manuali e strumenti di hacking: un’arma in più per il gruppo.',
    },
    'cyber-terrorism': {
      label: 'cyberterrorismo',
      card: 'Il testo prevede che gli attacchi attraverso le reti informatiche restino una minaccia dopo la sconfitta territoriale del gruppo. Aggiunge che la criminalità informatica potrebbe diventare una fonte di denaro per il terrorismo.',
    },
    radicalisation: {
      label: 'radicalizzazione',
      card: 'Il testo sostiene che i media del gruppo possono trasformare in estremisti persone di qualsiasi parte del mondo senza alcuna gerarchia di comando. Internet, a suo avviso, è il veicolo di questo reclutamento e di questa propaganda.',
    },
    deradicalisation: {
      label: 'deradicalizzazione',
      card: 'La risposta del testo ai combattenti di ritorno: allontanarli dall’estremismo prima che reclutino o colpiscano. La affianca a conversazioni che mettano in discussione le convinzioni jihadiste e al lavoro di intelligence.',
    },
    'terrorist-financing': {
      label: 'finanziamento del terrorismo',
      card: 'Il testo sostiene che tagliare il denaro ai terroristi, nel mondo musulmano come in Europa, è la chiave per indebolirli, come lo è stato contro la criminalità organizzata in Italia. Avverte anche che la criminalità informatica potrebbe servire a raccogliere fondi.',
    },
  },
  dates: {
    piecePublished: 'La Razón pubblica il testo',
    raqqaControlled: 'L’IS prende il controllo di Raqqa',
    mosulCaptured: 'L’IS conquista Mosul',
    caliphateProclaimed: 'L’IS proclama il suo «califfato»',
    parisAttacks: 'Attentati di Parigi',
    brusselsBombings: 'Attentati di Bruxelles',
    niceAttack: 'Attentato con il camion a Nizza',
    minnitiInOffice: 'Marco Minniti diventa ministro dell’Interno italiano',
    minnitiLeavesOffice: 'Finisce il mandato di Marco Minniti come ministro dell’Interno',
    manchesterBombing: 'Attentato alla Manchester Arena',
    londonBridgeAttack: 'Attentato al London Bridge',
    mosulVictory: 'L’Iraq proclama la vittoria a Mosul',
    barcelonaAttacks: 'Attentati di Barcellona e Cambrils (17–18 ago.)',
    raqqaCaptured: 'Le SDF a guida curda annunciano la presa di Raqqa (dichiarata ufficialmente il 20 ott.)',
    libyaIntervention: 'Inizia l’intervento militare internazionale in Libia',
    gaddafiKilled: 'Gheddafi viene ucciso',
  },
};
