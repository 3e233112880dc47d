import type { PieceTexts } from '../../i18n/types';

// Pure data: the piece's notes, glossary cards and reference dates in French, written from the
// English of the knowledge pack. `quotation` is our translation of the note's English quotation.
export const PIECE_FR: PieceTexts = {
  notes: {
    'territorial-defeat': {
      paraphrase:
        'La tribune présente le groupe comme le premier mouvement terroriste à avoir voulu bâtir son propre État, et affirme qu’en octobre 2017 il avait presque perdu sa bataille pour garder du territoire.',
      quotation: 'a presque perdu sa guerre territoriale',
    },
    'raqqa-mosul-fallen': {
      paraphrase:
        'Mossoul perdue et Raqqa, son siège du pouvoir en Syrie, désormais tombée, le groupe avait été privé de ses bastions par la coalition occidentale, alliée aux troupes kurdes, rapporte la tribune.',
      quotation: 'Raqqa, qui avait une importance stratégique pour l’établissement du califat, est tombée',
    },
    'weakened-not-defeated': {
      paraphrase:
        'L’auteur met en garde contre tout chant de victoire : la perte de ses deux capitales a durement touché le groupe, mais touché ne veut pas dire vaincu, et la lutte contre lui continue.',
      quotation: 'gravement affaibli mais pas entièrement vaincu',
    },
    'fleeing-south': {
      paraphrase:
        'Les combattants se repliaient vers le sud de la Syrie, près de la frontière irakienne, en quête de nouvelles terres à prendre, tandis qu’en Irak le groupe pouvait encore compter sur des hommes prêts à mourir pour lui, selon la tribune.',
      quotation: 'prêts à mourir pour « la noble cause » du djihad',
    },
    'africa-safe-haven': {
      paraphrase:
        'L’auteur s’attend à ce que certains États africains, minés par des dirigeants corrompus, offrent un abri au groupe et laissent ses combattants reconstruire discrètement ce qu’ils ont perdu.',
      quotation: 'refuge potentiel pour les combattants de l’État islamique',
    },
    'partial-victory': {
      paraphrase:
        'Pour l’auteur, le succès de la coalition n’est que partiel : son adversaire s’adapte, garde sa force dans certaines régions et reste puissant sur internet ; perdre du terrain ne prouve donc pas que la menace ait été exagérée.',
      quotation: 'une victoire stratégique partielle contre un ennemi résilient',
    },
    'fighters-15000': {
      paraphrase:
        'La tribune estime à environ 15 000 les combattants qui restent au groupe et juge le danger qu’ils représentent toujours aussi grave.',
      quotation: 'combattants de l’État islamique (environ 15 000) reste extrêmement sérieuse',
    },
    'migrant-boats': {
      paraphrase:
        'Privés de leur territoire, suggère l’auteur, des djihadistes pourraient se glisser en Europe à bord des bateaux de migrants et faire du continent leur nouvelle cible.',
      quotation: 'utiliser les bateaux de migrants pour rejoindre l’Europe',
    },
    'libya-gateway': {
      paraphrase:
        'La Syrie et l’Irak devenant plus difficiles à tenir, la tribune voit dans la Libye la base probable de combattants qui traverseraient la mer vers les côtes du sud de l’Europe.',
      quotation: 'la Libye pourrait servir de territoire clé',
    },
    'gaddafi-vacuum': {
      paraphrase:
        'L’auteur incrimine une décision occidentale à courte vue, celle de renverser Kadhafi : si brutal fût-il, l’Occident pouvait le tenir en bride, et sa chute a ouvert un vide de pouvoir dont les groupes djihadistes libyens ont tiré parti.',
      quotation:
        'a créé un vide de pouvoir qui a produit un terrain fertile et exploitable pour les groupes djihadistes en Libye',
    },
    'europe-attacks': {
      paraphrase:
        'Son État réduit à une illusion, le groupe frappera l’Europe plus souvent, prévoit l’auteur, qui ajoute que les gouvernements occidentaux devront surveiller ce danger de près et avec sérieux.',
      quotation: 'les attentats terroristes en Europe pourraient devenir plus graves',
    },
    'intelligence-role': {
      paraphrase:
        'Les services de renseignement et de sécurité sont ici l’essentiel, soutient la tribune : ils doivent repérer et suivre les bons suspects avant que ceux-ci ne tuent, comme le montrent les attentats récents au Royaume-Uni, en France, en Espagne et en Belgique.',
      quotation: 'identifiés et suivis avant de pouvoir commettre des atrocités',
    },
    'border-arrests': {
      paraphrase:
        'L’auteur prévoit davantage d’arrestations aux frontières pour empêcher les attentats en amont, tout en avertissant que cela risque d’éloigner la grande majorité des musulmans, entièrement pacifiques.',
      quotation: 'arrestations préventives aux frontières',
    },
    'cut-financing': {
      paraphrase:
        'Priver les terroristes d’argent, qu’ils soient dans des pays musulmans ou en Europe, est vital pour les affaiblir, soutient la tribune, qui rappelle combien la même méthode a réussi contre le crime organisé, surtout en Italie.',
      quotation: 'couper l’approvisionnement financier des terroristes',
    },
    'media-apparatus': {
      paraphrase:
        'Presque fini en tant que territoire, le groupe dispose toujours d’une puissante machine de propagande qui radicalise des gens partout, sans chaîne de commandement ; la démanteler revient à la coalition, dit la tribune.',
      quotation: 'un appareil médiatique très puissant',
    },
    'cyber-terrorism': {
      paraphrase:
        'Même sans territoire, affirme l’auteur, les attaques par les réseaux informatiques continueront de nous menacer, et la criminalité en ligne pourrait devenir un moyen de financer le terrorisme.',
      quotation: 'La cybercriminalité pourrait aussi servir à lever des fonds pour le terrorisme',
    },
    'electronic-jihad': {
      paraphrase:
        'Le « djihad électronique », mené sur les réseaux sociaux, accompagne souvent attaques et manifestations dans le monde réel, observe la tribune, tandis que les forums djihadistes diffusent guides de piratage et logiciels pour des cyberattaques coordonnées.',
      quotation: 'Le prétendu « djihad électronique », mené sur les réseaux sociaux',
    },
    'online-recruitment': {
      paraphrase:
        'Aux yeux de l’auteur, internet est le canal pour enrôler des recrues et diffuser la propagande : il permet à des réseaux lâches et dispersés d’agir en petits groupes, sans commandement central.',
      quotation: 'des réseaux très décentralisés de travailler en petits groupes sans contrôle central',
    },
    'minniti-platforms': {
      paraphrase:
        'Marco Minniti, ministre italien de l’Intérieur, avait déclaré sans détour que les grandes plateformes technologiques (Google, Facebook, Twitter) doivent aider à empêcher la diffusion en ligne de contenus cruels et haineux.',
      quotation: 'contenus atroces et haineux en ligne',
    },
    'counter-measures': {
      paraphrase:
        'La tribune énumère les outils : surveiller les forums et les sources de financement, couper les terroristes d’internet, déjouer leurs projets et dialoguer avec des djihadistes pour ébranler leurs convictions, le tout pour en sortir des gens et décourager les recrues.',
      quotation: 'dialoguer avec des djihadistes pour remettre en cause leurs croyances',
    },
    'deradicalise-returnees': {
      paraphrase:
        'Le but, écrit l’auteur, est de déradicaliser les combattants étrangers qui pourraient revenir en Europe dans l’intention d’en enrôler d’autres et de frapper, seuls ou en petites cellules.',
      quotation: 'soit en petites cellules, soit en loups solitaires',
    },
    'far-from-dead': {
      paraphrase:
        'Pour conclure, l’auteur insiste à nouveau sur le renseignement : extrémistes et candidats à l’attentat doivent être repérés et neutralisés à l’avance, car le groupe a peut-être perdu son territoire mais reste bien vivant.',
      quotation: 'loin d’être entièrement mort',
    },
  },
  terms: {
    'islamic-state': {
      label: 'État islamique',
      card: 'La tribune présente le groupe comme la première organisation terroriste à avoir tenté de devenir un État, et comme presque vaincu sur le terrain en octobre 2017. Sa thèse : perdre du territoire ne l’achève pas ; combattants, argent, médias et réseaux en ligne le rendent toujours dangereux.',
    },
    caliphate: {
      label: 'califat',
      card: 'Dans la tribune, le califat est l’État que le groupe a bâti en Syrie et en Irak, avec Raqqa pour capitale syrienne. Son effondrement, soutient l’auteur, déplace le danger plus qu’il ne le supprime : sans État à gouverner, le groupe pourrait se tourner vers l’Europe.',
    },
    jihad: {
      label: 'djihad, djihadistes',
      card: 'La tribune appelle djihadistes les combattants et partisans du groupe, en Syrie et en Irak, en Libye ou en Europe. Elle veut les couper de l’argent et d’internet, et les engager dans des conversations qui mettent à l’épreuve ce qu’ils croient.',
    },
    raqqa: {
      label: 'Raqqa',
      card: 'La ville syrienne que le groupe gouvernait comme capitale de son califat. La tribune a été écrite quelques jours après sa chute, qu’elle voit comme la fin du centre de pouvoir du groupe, mais pas du groupe lui-même.',
    },
    mosul: {
      label: 'Mossoul',
      card: 'La ville irakienne dont la tribune rapproche la perte de la chute de Raqqa. Ensemble, affirme-t-elle, ces deux défaites ont laissé le groupe très affaibli, mais encore capable de se battre.',
    },
    'kurdish-forces': {
      label: 'forces kurdes',
      card: 'La tribune attribue aux combattants kurdes, avec la coalition occidentale, la défaite du groupe à Raqqa et à Mossoul. Elle n’en dit guère plus : ils y figurent comme l’une des deux forces qui ont abattu le califat.',
    },
    'western-coalition': {
      label: 'coalition occidentale',
      card: 'L’alliance à qui la tribune attribue, avec les forces kurdes, la prise de Raqqa et de Mossoul. L’auteur juge son succès partiel et lui fixe sa prochaine tâche : démanteler la puissance médiatique du groupe.',
    },
    libya: {
      label: 'Libye',
      card: 'La tribune voit dans la Libye la prochaine base probable, d’où des combattants pourraient passer vers le sud de l’Europe. Elle fait remonter cette brèche à la décision occidentale d’écarter Kadhafi, qui a laissé un vide exploité par les groupes djihadistes.',
    },
    gaddafi: {
      label: 'Kadhafi',
      card: 'Dirigeant de la Libye jusqu’en 2011. L’auteur concède qu’il était un dictateur brutal, mais que l’Occident pouvait tenir en bride, et qualifie sa chute de choix à courte vue dont les djihadistes ont exploité le vide.',
    },
    'migrant-boats': {
      label: 'bateaux de migrants',
      card: 'La tribune avertit que, sans territoire à tenir, des djihadistes pourraient gagner l’Europe cachés parmi les migrants en mer. Elle y voit un risque nouveau, qui comptait moins tant que le groupe était occupé à gouverner son État.',
    },
    'foreign-fighters': {
      label: 'combattants étrangers',
      card: 'Des combattants venus de l’étranger rejoindre le groupe. La tribune s’inquiète de ceux qui pourraient revenir en Europe et soutient qu’il faut les déradicaliser avant qu’ils n’en recrutent d’autres ou ne passent à l’acte, seuls ou en petites cellules.',
    },
    'lone-wolves': {
      label: 'loups solitaires',
      card: 'Des assaillants qui agissent seuls. La tribune les cite, avec les petites cellules, comme une manière dont les combattants de retour pourraient frapper en Europe ; d’où l’importance qu’elle donne au renseignement et à la déradicalisation.',
    },
    'small-cells': {
      label: 'petites cellules',
      card: 'De petits groupes qui agissent sans commandement central. La tribune soutient qu’internet rend possibles ces réseaux lâches, et cite les petites cellules, avec les loups solitaires, comme la forme que pourraient prendre les attentats de combattants de retour.',
    },
    'marco-minniti': {
      label: 'Marco Minniti',
      card: 'Ministre italien de l’Intérieur au moment où la tribune a été écrite. Elle cite son appel à Google, Facebook, Twitter et aux autres grandes plateformes pour qu’elles aident à freiner la diffusion en ligne de contenus cruels et haineux.',
    },
    'electronic-jihad': {
      label: 'djihad électronique',
      card: 'Le nom que la tribune donne à l’activité djihadiste sur les réseaux sociaux, qui accompagne souvent, dit-elle, attaques physiques et manifestations. Les forums djihadistes, ajoute-t-elle, font circuler manuels et outils de piratage : une arme de plus pour le groupe.',
    },
    'cyber-terrorism': {
      label: 'cyberterrorisme',
      card: 'La tribune s’attend à ce que les attaques par les réseaux informatiques restent une menace après la défaite territoriale du groupe. Elle ajoute que la cybercriminalité pourrait devenir une source d’argent pour le terrorisme.',
    },
    radicalisation: {
      label: 'radicalisation',
      card: 'La tribune soutient que les médias du groupe peuvent faire de n’importe qui, n’importe où dans le monde, un extrémiste, sans aucune hiérarchie de commandement. Internet porte, selon elle, ce recrutement et cette propagande.',
    },
    deradicalisation: {
      label: 'déradicalisation',
      card: 'La réponse de la tribune aux combattants de retour : les sortir de l’extrémisme avant qu’ils ne recrutent ou ne frappent. Elle l’associe à des conversations qui contestent les croyances djihadistes et au travail de renseignement.',
    },
    'terrorist-financing': {
      label: 'financement du terrorisme',
      card: 'La tribune soutient que couper les terroristes de l’argent, dans le monde musulman comme en Europe, est essentiel pour les affaiblir, comme ce le fut contre le crime organisé en Italie. Elle avertit aussi que la cybercriminalité pourrait servir à lever des fonds.',
    },
  },
  dates: {
    piecePublished: 'La Razón publie la tribune',
    raqqaControlled: 'L’EI prend le contrôle de Raqqa',
    mosulCaptured: 'L’EI s’empare de Mossoul',
    caliphateProclaimed: 'L’EI proclame son « califat »',
    parisAttacks: 'Attentats de Paris',
    brusselsBombings: 'Attentats de Bruxelles',
    niceAttack: 'Attentat au camion à Nice',
    minnitiInOffice: 'Marco Minniti devient ministre italien de l’Intérieur',
    minnitiLeavesOffice: 'Fin du mandat de Marco Minniti au ministère de l’Intérieur',
    manchesterBombing: 'Attentat de la Manchester Arena',
    londonBridgeAttack: 'Attentat du London Bridge',
    mosulVictory: 'L’Irak proclame la victoire à Mossoul',
    barcelonaAttacks: 'Attentats de Barcelone et de Cambrils (17–18 août)',
    raqqaCaptured:
      'Les FDS, menées par les Kurdes, annoncent la prise de Raqqa (proclamée officiellement le 20 oct.)',
    libyaIntervention: 'Début de l’intervention militaire internationale en Libye',
    gaddafiKilled: 'Mort de Kadhafi',
  },
};
