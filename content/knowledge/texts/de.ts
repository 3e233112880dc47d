import type { PieceTexts } from '../../i18n/types';

// Pure data: the piece's notes, glossary cards and reference dates in German, written from the
// English of the knowledge pack. `quotation` is our translation of the note's English quotation.
export const PIECE_DE: PieceTexts = {
  notes: {
    'territorial-defeat': {
      paraphrase:
        'Der Beitrag nennt die Gruppe die erste Terrorbewegung, die sich einen eigenen Staat aufbauen wollte, und schreibt, dass sie im Oktober 2017 ihren Kampf um Gebiete so gut wie verloren hatte.',
      quotation: 'hat ihren territorialen Krieg fast verloren',
    },
    'raqqa-mosul-fallen': {
      paraphrase:
        'Mossul verloren und Rakka, ihr Machtzentrum in Syrien, nun gefallen: Die westliche Koalition, an der Seite kurdischer Truppen, hatte der Gruppe ihre Hochburgen genommen, berichtet der Beitrag.',
      quotation: 'Rakka, das für die Errichtung des Kalifats von strategischer Bedeutung war, ist gefallen',
    },
    'weakened-not-defeated': {
      paraphrase:
        'Der Autor warnt davor, den Sieg auszurufen: Der Verlust ihrer beiden Hauptstädte hat die Gruppe schwer getroffen, doch getroffen heißt nicht besiegt, und der Kampf gegen sie geht weiter.',
      quotation: 'stark geschwächt, aber nicht vollständig besiegt',
    },
    'fleeing-south': {
      paraphrase:
        'Die Kämpfer zogen sich nach Südsyrien nahe der irakischen Grenze zurück, auf der Suche nach neuem Gebiet, das sie einnehmen könnten, während die Gruppe im Irak noch auf Männer zählen konnte, die bereit waren, für sie zu sterben, so der Beitrag.',
      quotation: 'bereit, für „die edle Sache“ des Dschihad zu sterben',
    },
    'africa-safe-haven': {
      paraphrase:
        'Der Autor erwartet, dass manche afrikanische Staaten, von korrupten Herrschern ausgehöhlt, der Gruppe Unterschlupf bieten und ihre Kämpfer in Ruhe wieder aufbauen lassen, was sie verloren haben.',
      quotation: 'möglicher sicherer Zufluchtsort für Kämpfer des Islamischen Staates',
    },
    'partial-victory': {
      paraphrase:
        'Für den Autor ist der Erfolg der Koalition nur ein Teilsieg: Ihr Gegner passt sich an, bleibt in manchen Regionen stark und im Internet mächtig; der Verlust von Gebiet beweist also nicht, dass die Bedrohung übertrieben war.',
      quotation: 'ein strategischer Teilsieg gegen einen widerstandsfähigen Feind',
    },
    'fighters-15000': {
      paraphrase:
        'Der Beitrag schätzt die Zahl der verbliebenen Kämpfer der Gruppe auf rund 15.000 und hält die von ihnen ausgehende Gefahr für so ernst wie eh und je.',
      quotation: 'Kämpfer des Islamischen Staates – etwa 15.000 – bleibt äußerst ernst',
    },
    'migrant-boats': {
      paraphrase:
        'Ohne eigenes Land, so deutet der Autor an, könnten Dschihadisten auf den Booten von Migranten nach Europa gelangen und den Kontinent zu ihrem neuen Ziel machen.',
      quotation: 'Migrantenboote nutzen, um Europa zu erreichen',
    },
    'libya-gateway': {
      paraphrase:
        'Da Syrien und der Irak schwerer zu halten sind, sieht der Beitrag Libyen als wahrscheinliches Sprungbrett für Kämpfer, die übers Meer an die Küsten Südeuropas wollen.',
      quotation: 'Libyen könnte als Schlüsselgebiet dienen',
    },
    'gaddafi-vacuum': {
      paraphrase:
        'Der Autor gibt einer kurzsichtigen westlichen Entscheidung die Schuld, Gaddafi zu stürzen: So brutal er war, der Westen konnte ihn im Zaum halten, und sein Sturz hinterließ ein Machtvakuum, das Libyens Dschihadistengruppen für sich genutzt haben.',
      quotation:
        'schuf ein Machtvakuum, das für dschihadistische Gruppen in Libyen zu einem fruchtbaren und ausnutzbaren Boden geworden ist',
    },
    'europe-attacks': {
      paraphrase:
        'Da ihr Staat nur noch eine Illusion ist, erwartet der Autor, dass die Gruppe Europa häufiger angreift, und schreibt, die westlichen Regierungen müssten diese Gefahr genau und ernsthaft im Blick behalten.',
      quotation: 'Terroranschläge in Europa könnten zu einer ernsteren Erscheinung werden',
    },
    'intelligence-role': {
      paraphrase:
        'Auf Nachrichten- und Sicherheitsdienste komme es hier am meisten an, so der Beitrag: Sie müssen die richtigen Verdächtigen erkennen und verfolgen, bevor diese töten können; als Beispiele dienen jüngste Anschläge in Großbritannien, Frankreich, Spanien und Belgien.',
      quotation: 'erkannt und verfolgt, bevor sie Gräueltaten begehen können',
    },
    'border-arrests': {
      paraphrase:
        'Der Autor sieht voraus, dass die Polizei mehr Festnahmen an Grenzen vornimmt, um Anschläge im Voraus zu verhindern, warnt aber zugleich, dass dies die große Mehrheit der Muslime entfremden könnte, die durch und durch friedlich ist.',
      quotation: 'vorbeugende Festnahmen an den Grenzen',
    },
    'cut-financing': {
      paraphrase:
        'Terroristen das Geld zu entziehen, ob in muslimischen Ländern oder in Europa, sei entscheidend, um sie zu schwächen, argumentiert der Beitrag, und verweist darauf, wie gut dasselbe Vorgehen gegen die organisierte Kriminalität gewirkt hat, vor allem in Italien.',
      quotation: 'die finanzielle Versorgung der Terroristen abschneiden',
    },
    'media-apparatus': {
      paraphrase:
        'Als Territorium fast am Ende, betreibt die Gruppe noch immer eine mächtige Propagandamaschine, die Menschen überall radikalisiert, ganz ohne Befehlskette; sie zu zerschlagen sei Aufgabe der Koalition, so der Beitrag.',
      quotation: 'ein sehr starker Medienapparat',
    },
    'cyber-terrorism': {
      paraphrase:
        'Auch ohne Gebiet, sagt der Autor, werden Angriffe über Computernetze uns weiter bedrohen, und Online-Kriminalität könnte zu einer Geldquelle für den Terrorismus werden.',
      quotation: 'Cyberkriminalität könnte auch genutzt werden, um Geld für den Terror zu beschaffen',
    },
    'electronic-jihad': {
      paraphrase:
        'Der sogenannte elektronische Dschihad in den sozialen Netzwerken gehe oft mit Angriffen und Protesten in der realen Welt einher, stellt der Beitrag fest, während dschihadistische Foren Hacking-Anleitungen und Software für koordinierte Cyberangriffe verbreiten.',
      quotation: 'Der sogenannte „elektronische Dschihad“, geführt über soziale Medien',
    },
    'online-recruitment': {
      paraphrase:
        'Nach Ansicht des Autors ist das Internet der Kanal, um Rekruten anzuwerben und Propaganda zu verbreiten; es erlaubt lockeren, verstreuten Netzwerken, in kleinen Gruppen ohne zentrale Führung zu handeln.',
      quotation: 'stark dezentralisierten Netzwerken, in kleinen Gruppen ohne zentrale Steuerung zu arbeiten',
    },
    'minniti-platforms': {
      paraphrase:
        'Marco Minniti, Italiens Innenminister, hatte unmissverständlich gesagt, dass große Technologieplattformen (Google, Facebook, Twitter) helfen müssen, grausame und hasserfüllte Inhalte im Netz an der Verbreitung zu hindern.',
      quotation: 'grausame und hasserfüllte Inhalte im Netz',
    },
    'counter-measures': {
      paraphrase:
        'Der Beitrag zählt die Mittel auf: Foren und Geldquellen überwachen, Terroristen vom Internet abschneiden, ihre Pläne durchkreuzen und mit Dschihadisten reden, um ihre Überzeugungen in Frage zu stellen – alles, um Menschen herauszuholen und Anwärter abzuschrecken.',
      quotation: 'mit Dschihadisten sprechen, um ihre Überzeugungen in Frage zu stellen',
    },
    'deradicalise-returnees': {
      paraphrase:
        'Ziel sei es, schreibt der Autor, ausländische Kämpfer zu deradikalisieren, die nach Europa zurückkehren könnten, um andere anzuwerben und zuzuschlagen, allein oder in kleinen Zellen.',
      quotation: 'entweder in kleinen Zellen oder als einsame Wölfe',
    },
    'far-from-dead': {
      paraphrase:
        'Zum Schluss betont der Autor noch einmal die Arbeit der Nachrichtendienste: Extremisten und mögliche Attentäter müssen vorher erkannt und unschädlich gemacht werden, denn die Gruppe mag ihr Gebiet verloren haben, ist aber sehr lebendig.',
      quotation: 'weit davon entfernt, ganz tot zu sein',
    },
  },
  terms: {
    'islamic-state': {
      label: 'Islamischer Staat',
      card: 'Der Beitrag stellt die Gruppe als erste Terrororganisation dar, die ein Staat werden wollte, und als im Oktober 2017 am Boden fast geschlagen. Seine These: Gebietsverlust beendet sie nicht; Kämpfer, Geld, Medien und Online-Netzwerke halten sie gefährlich.',
    },
    caliphate: {
      label: 'Kalifat',
      card: 'Im Beitrag ist das Kalifat der Staat, den die Gruppe in Syrien und im Irak errichtete, mit Rakka als syrischer Hauptstadt. Sein Zusammenbruch, so der Autor, verlagert die Gefahr, statt sie zu beenden: Ohne Staat zu regieren, könnte sich die Gruppe Europa zuwenden.',
    },
    jihad: {
      label: 'Dschihad, Dschihadisten',
      card: 'Der Beitrag nennt die Kämpfer und Anhänger der Gruppe Dschihadisten, ob in Syrien und im Irak, in Libyen oder in Europa. Er will sie von Geld und Internet abschneiden und in Gespräche ziehen, die ihre Überzeugungen auf die Probe stellen.',
    },
    raqqa: {
      label: 'Rakka',
      card: 'Die syrische Stadt, die die Gruppe als Hauptstadt ihres Kalifats regierte. Der Beitrag entstand wenige Tage nach ihrem Fall und sieht darin das Ende des Machtzentrums der Gruppe, nicht aber der Gruppe selbst.',
    },
    mosul: {
      label: 'Mossul',
      card: 'Die irakische Stadt, deren Verlust der Beitrag neben den Fall von Rakka stellt. Zusammen, so seine Sicht, haben die beiden Niederlagen die Gruppe stark geschwächt, aber noch kampffähig gelassen.',
    },
    'kurdish-forces': {
      label: 'kurdische Kräfte',
      card: 'Der Beitrag schreibt kurdischen Kämpfern, gemeinsam mit der westlichen Koalition, zu, die Gruppe in Rakka und Mossul zerschlagen zu haben. Mehr sagt er über sie kaum: Sie erscheinen als eine der beiden Kräfte, die das Kalifat zu Fall brachten.',
    },
    'western-coalition': {
      label: 'westliche Koalition',
      card: 'Das Bündnis, dem der Beitrag, zusammen mit kurdischen Kräften, die Einnahme von Rakka und Mossul zuschreibt. Der Autor nennt den Erfolg einen Teilerfolg und benennt die nächste Aufgabe: die Medienmacht der Gruppe zu zerschlagen.',
    },
    libya: {
      label: 'Libyen',
      card: 'Der Beitrag sieht Libyen als wahrscheinlich nächste Basis, von der aus Kämpfer nach Südeuropa übersetzen könnten. Die Öffnung führt er auf die westliche Entscheidung zurück, Gaddafi zu beseitigen, die ein Vakuum hinterließ, das Dschihadistengruppen ausnutzen.',
    },
    gaddafi: {
      label: 'Gaddafi',
      card: 'Libyens Machthaber bis 2011. Der Autor räumt ein, dass er ein brutaler Diktator war, aber einer, den der Westen im Zaum halten konnte, und nennt seine Beseitigung eine kurzsichtige Wahl, deren Vakuum Dschihadisten genutzt haben.',
    },
    'migrant-boats': {
      label: 'Migrantenboote',
      card: 'Der Beitrag warnt, dass Dschihadisten, ohne Gebiet zu halten, versteckt unter Migranten auf See nach Europa reisen könnten. Er stellt dies als neues Risiko dar, das weniger zählte, solange die Gruppe mit der Führung ihres Staates beschäftigt war.',
    },
    'foreign-fighters': {
      label: 'ausländische Kämpfer',
      card: 'Kämpfer, die sich der Gruppe aus dem Ausland angeschlossen haben. Der Beitrag sorgt sich um jene, die nach Europa zurückkehren könnten, und fordert, sie zu deradikalisieren, bevor sie andere anwerben oder angreifen, allein oder in kleinen Zellen.',
    },
    'lone-wolves': {
      label: 'einsame Wölfe',
      card: 'Attentäter, die allein handeln. Der Beitrag nennt sie, neben kleinen Zellen, als eine Form, in der zurückkehrende Kämpfer in Europa zuschlagen könnten; deshalb setzt er auf Nachrichtendienste und Deradikalisierung.',
    },
    'small-cells': {
      label: 'kleine Zellen',
      card: 'Kleine Gruppen, die ohne zentrale Führung handeln. Der Beitrag argumentiert, das Internet mache solche lockeren Netzwerke möglich, und nennt kleine Zellen, neben einsamen Wölfen, als die Form, die Anschläge von Rückkehrern annehmen könnten.',
    },
    'marco-minniti': {
      label: 'Marco Minniti',
      card: 'Italiens Innenminister, als der Beitrag geschrieben wurde. Der Beitrag zitiert seinen Appell an Google, Facebook, Twitter und andere große Plattformen, die Verbreitung grausamer und hasserfüllter Inhalte im Netz stoppen zu helfen.',
    },
    'electronic-jihad': {
      label: 'elektronischer Dschihad',
      card: 'Der Name, den der Beitrag dschihadistischer Aktivität in sozialen Medien gibt, die ihm zufolge oft mit physischen Angriffen und Protesten einhergeht. Dschihadistische Foren, fügt er hinzu, reichen Hacking-Handbücher und Werkzeuge herum: eine weitere Waffe der Gruppe.',
    },
    'cyber-terrorism': {
      label: 'Cyberterrorismus',
      card: 'Der Beitrag erwartet, dass Angriffe über Computernetze auch nach der territorialen Niederlage der Gruppe eine Bedrohung bleiben. Er fügt hinzu, dass Cyberkriminalität zu einer Geldquelle für den Terrorismus werden könnte.',
    },
    radicalisation: {
      label: 'Radikalisierung',
      card: 'Der Beitrag argumentiert, dass die Medien der Gruppe Menschen überall auf der Welt zu Extremisten machen können, ganz ohne Befehlshierarchie. Das Internet trägt, so seine Sicht, diese Anwerbung und Propaganda.',
    },
    deradicalisation: {
      label: 'Deradikalisierung',
      card: 'Die Antwort des Beitrags auf zurückkehrende Kämpfer: sie aus dem Extremismus holen, bevor sie anwerben oder angreifen. Dazu kommen Gespräche, die dschihadistische Überzeugungen in Frage stellen, und die Arbeit der Nachrichtendienste.',
    },
    'terrorist-financing': {
      label: 'Terrorfinanzierung',
      card: 'Der Beitrag argumentiert, Terroristen vom Geld abzuschneiden, in der muslimischen Welt wie in Europa, sei der Schlüssel, sie zu schwächen, so wie es gegen die organisierte Kriminalität in Italien war. Er warnt auch, dass Cyberkriminalität Geld beschaffen könnte.',
    },
  },
  dates: {
    piecePublished: 'Der Beitrag erscheint in La Razón',
    raqqaControlled: 'Der IS übernimmt die Kontrolle über Rakka',
    mosulCaptured: 'Der IS erobert Mossul',
    caliphateProclaimed: 'Der IS ruft sein „Kalifat“ aus',
    parisAttacks: 'Anschläge von Paris',
    brusselsBombings: 'Anschläge von Brüssel',
    niceAttack: 'Lkw-Anschlag von Nizza',
    minnitiInOffice: 'Marco Minniti wird Italiens Innenminister',
    minnitiLeavesOffice: 'Marco Minnitis Amtszeit als Innenminister endet',
    manchesterBombing: 'Anschlag in der Manchester Arena',
    londonBridgeAttack: 'Anschlag auf der London Bridge',
    mosulVictory: 'Der Irak erklärt den Sieg in Mossul',
    barcelonaAttacks: 'Anschläge von Barcelona und Cambrils (17.–18. Aug.)',
    raqqaCaptured: 'Die kurdisch geführten SDF melden die Einnahme von Rakka (formell erklärt am 20. Okt.)',
    libyaIntervention: 'Beginn der internationalen Militärintervention in Libyen',
    gaddafiKilled: 'Gaddafi wird getötet',
  },
};
