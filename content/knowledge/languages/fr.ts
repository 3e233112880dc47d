import type { LanguagePack } from '../language-pack';

// The French cues of each note and aliases of each term, by id. Only entrypoints/language-fr.ts and
// the tools that need every language (languages/all.ts) import this module, so the overlay bundle
// carries none of it.
export const FR: LanguagePack = {
  cues: {
    'territorial-defeat':
      'territoire, territorial, califat, bastions, zones sous son contrôle; perdu, perd, perte, recul, recule, chassé, s effondre, effondrement, réduit, faire reculer',
    'raqqa-mosul-fallen':
      'raqqa, rakka, mossoul; chute, tombée, libération, libérée, libérer, reprise, reprendre, reconquête, offensive, bataille, assaut, avancée, siège, campagne; not: barrage de mossoul',
    'weakened-not-defeated':
      'loin d être terminée, pas terminée, menace à long terme, pas vaincu, tactiques de guérilla, victoire prématurée, crier victoire, reste une menace',
    'fleeing-south':
      'abou kamal, albou kamal, mayadine, al qaïm, vallée de l euphrate, frontière irakienne, frontière avec l irak, deir ez-zor; fuient, fuite, ont fui, repli, retraite, en provenance d irak, renforts, acculé, dernier bastion; not: frontière turque, frontière avec la turquie',
    'africa-safe-haven':
      'afrique, africain, africains, sahel, nigeria, somalie, mali, boko haram, sinaï, égypte, tunisie, libyen; refuge, sanctuaire, bastion, s étendre, expansion, filiale, affiliés, province, camps, pris le contrôle',
    'partial-victory':
      'victoire partielle, gains militaires, progrès contre, bilan mitigé, plus que mitigé; avertissent, averti, pourtant, malgré, résilient, s adapte, s est étendu',
    'fighters-15000':
      'combattants, miliciens, djihadistes; estimation, estimations, selon les estimations, entre',
    'migrant-boats':
      'bateau de migrants, bateaux de migrants, route des réfugiés, faux réfugiés, migrants, réfugiés, demandeurs d asile, lampedusa; djihadistes, terroristes, infiltrés, s infiltrer, suspects',
    'libya-gateway':
      'libye, syrte, tripoli, benghazi, misrata; bastion, s étendre, gagné du terrain, pris le contrôle, contrôle de, propagation, base, porte d entrée, europe du sud, côtes européennes, méditerranée, avancé',
    'gaddafi-vacuum':
      'kadhafi, vide du pouvoir, gouvernements rivaux, chaos politique, gouvernement d union, factions armées; libyens, chaos, anarchie, profitent, vide, prospéré',
    'europe-attacks':
      'europe, européen, européens, paris, bruxelles, france, belgique, allemagne, londres, nice, bataclan, charlie, hypercasher, barcelone, espagne, italie; attentat, attentats, attaque, attaques, assaillant, assaillants, massacre, massacres, complot, tuerie',
    'intelligence-role':
      'renseignement, services de renseignement, surveillance, fiché s, police, autorités, enquêteurs, parquet, agent infiltré; suspect, suspects, pisté, identifié, surveillé, déjoué, projetaient, interpellé, arrêté, arrêtés',
    'border-arrests':
      'frontière, frontières, contrôles aux frontières, passage frontalier; interpellé, interpellés, arrêté, arrêtés, arrestation, arrestations, intercepté, refoulé',
    'cut-financing':
      'financement, finances, financier, argent, pétrole, revenus, fonds, infrastructure économique; couper, assécher, sanctions, vendre, contrebande, marché noir, paiements, payer, accepté de lui payer, transactions, arrangements',
    'media-apparatus':
      'propagande, vidéo, vidéos, dabiq, amaq, rumiyah, magazine, branche médiatique, images; diffusé, publié, publiée, montre, montrant, édition, numéro, nouvelle, recyclé',
    'cyber-terrorism':
      'cyberattaque, cyberattaques, cybercriminalité, piratage, piraté, pirates informatiques; cybercalifat, terroristes, lever des fonds',
    'electronic-jihad':
      'djihad électronique, cyber-djihad, forums djihadistes, manuels de piratage, djihad en ligne, califat virtuel',
    'online-recruitment':
      'recruter, recrutement, recrues, recrutés, embrigadement, radicalisé; en ligne, internet, réseaux sociaux, twitter, facebook, telegram, web',
    'minniti-platforms':
      'twitter, facebook, google, youtube, géants du web, plateformes, minniti; comptes, fermé, supprimer, supprimé, contenus extrémistes, contenus, suspendus, discours de haine; not: suivez-nous, partager sur, abonnez-vous',
    'counter-measures':
      'programme, programmes, prévention, contre-discours, initiative, lutte contre l extrémisme; extrémisme, radicalisation, recrutement, démanteler, perturber, à risque; not: service de contre-terrorisme, forces antiterroristes',
    'deradicalise-returnees':
      'revenants, reviennent, revenus, retour, rentrés, réinsertion, déradicalisation; combattants étrangers, de syrie, d irak, combattre avec, loup solitaire, loups solitaires, cellules',
    'far-from-dead':
      'loin d être mort, pas mort, toujours vivant, portée mondiale, capacité terroriste, reste capable, pertes territoriales, vieux mirage',
  },
  aliases: {
    'islamic-state': 'état islamique, etat islamique, daech',
    caliphate: 'califat',
    jihad: 'djihad, djihadiste, djihadistes, djihadisme, jihadiste, jihadistes',
    raqqa: 'raqqa, rakka',
    mosul: 'mossoul',
    'kurdish-forces': 'forces kurdes, combattants kurdes, forces démocratiques syriennes, peshmergas',
    'western-coalition': 'coalition internationale, coalition occidentale',
    libya: 'libye',
    gaddafi: 'kadhafi',
    'migrant-boats': 'bateaux de migrants, embarcations de migrants',
    'foreign-fighters': 'combattants étrangers, combattant étranger',
    'lone-wolves': 'loup solitaire, loups solitaires',
    'small-cells': 'petites cellules, cellule terroriste, cellules dormantes',
    'marco-minniti': 'marco minniti, minniti',
    'electronic-jihad': 'djihad électronique, jihad électronique, cyberdjihad',
    'cyber-terrorism': 'cyberterrorisme',
    radicalisation: 'radicalisation, radicalisé, radicalisés',
    deradicalisation: 'déradicalisation',
    'terrorist-financing': 'financement du terrorisme',
  },
};
