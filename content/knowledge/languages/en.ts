import type { LanguagePack } from '../language-pack';

// The English cues of each note and aliases of each term, by id: the base, bundled with the overlay.
// A page in another language falls back on a note's English cues where its own language has none, and
// matches English aliases beside its own (names such as “Raqqa” are written alike in every language).
// No bare 'IS' or 'EI' among the aliases, here or in another language: a highlighter matching
// case-insensitively would mark every English 'is'.
export const EN: LanguagePack = {
  cues: {
    'territorial-defeat':
      'territory, territorial, caliphate, self-declared caliphate, self-proclaimed caliphate, strongholds, swathes, area under its control, land it held; lost, losing, lost ground, steadily losing, ousted from, shrinking, rolled back, ousted, pushed from, pulling back, crumble, crumbling, retreated, driven out, lost half',
    'raqqa-mosul-fallen':
      'raqqa, raqqah, mosul; fall of, fell, recapture, recaptured, retake, retook, liberate, liberation, liberated, offensive, battle for, assault, advance, advances, advancing, advanced, capturing, march on, next target, major offensive, spearhead, poised to, siege, campaign, thrust, encircle, isolated, seize control; not: mosul dam',
    'weakened-not-defeated':
      'far from over, not over, long-term threat, not defeated, fight another day, guerrilla tactics, not been defeated, premature victory, remain a threat, adapted to survive, survive as an insurgency',
    'fleeing-south':
      'abu kamal, albu kamal, mayadeen, mayadin, al-mayadin, al-qaim, euphrates valley, syrian-iraqi border, iraqi border, border with iraq, deir ez-zor, deir al-zor, deir el-zour; fled, fleeing, flee, fleeing south, fled south, retreat, retreating, retreated, arriving from iraq, arrived from iraq, from iraq, reinforcements, cornered, last bastion, last bastions, withdraw, withdrew, entered the country, regroup, regrouping, hiding, shelter, remnants; not: turkish-syrian border, syrian-turkish border, border with turkey',
    'africa-safe-haven':
      'africa, african, north african, sahel, nigeria, somalia, mali, boko haram, sinai, egypt, tunisia, tunisian, algeria, libyan; safe haven, expand, expanding, expansion, foothold, affiliate, affiliates, camps, gained ground, spillover, took control, taken control, grown, sanctuary, branch, pledged allegiance',
    'partial-victory':
      'partial victory, partial strategic victory, military gains, battlefield gains, progress against, hailed, mixed results; warn, warned, despite, resilient, adapting, not reduced, expanded, global reach',
    'fighters-15000':
      'fighters, militants, jihadists; estimate, estimates, estimated, several thousand, remain active, exceeded, range between, how many, put the figure',
    'migrant-boats':
      'migrant boat, migrant boats, refugee boat, refugee boats, refugee route, posing as refugees, migrants, refugees, asylum seekers, lampedusa; jihadists, terrorists, militants, infiltrate, infiltrated, smuggled, suspected fighters, jihadist groups, smugglers',
    'libya-gateway':
      'libya, sirte, tripoli, benghazi, misrata; stronghold, foothold, expand, expanding, gained ground, took control, taken control, control of, spread, spillover, base, gateway, southern europe, european shores, mediterranean, advanced, pushed, jihadist groups, train and recruit, fighters, attack, attacks, attacked, cells, active, once held, held, loses ground, losing ground',
    'gaddafi-vacuum':
      'gaddafi, qaddafi, power vacuum, rival governments, two rival governments, political turmoil, unity government, armed factions; libyan, chaos, turmoil, exploit, exploited, vacuum, grown, lawless',
    'europe-attacks':
      'europe, european, european cities, paris, brussels, france, belgium, germany, london, britain, manchester, nice, berlin, marseille, barcelona, bataclan, charlie hebdo, spain, italy; attack, attacks, terror attack, terror attacks, threat level, attacked, attacker, attackers, bombing, bombings, killings, massacre, massacres, plot, plotting, suicide bombers, gunmen, shooting, stabbing, soft targets; not: attacks in syria, attacks in iraq, britain-based, london-based, syrian observatory, istanbul, ankara, baghdad, damascus, kabul, russian bombing, airstrikes, coalition forces, coalition military forces',
    'intelligence-role':
      'intelligence, intelligence services, intelligence agencies, intelligence sharing, law enforcement, security services, surveillance, watch list, wanted list, known to, counter-terrorism units, fbi, mi5, undercover, informant, fingerprints, investigators, agents, security forces; suspect, suspects, suspected, catching, identities, track, tracked, tracking, track down, identified, monitor, monitored, foiled, plotting, detained, arrested, on record; not: site intelligence group, site intelligence, intelligence committee, military intelligence',
    'border-arrests':
      'border, borders, border controls, border checks, frontier, passports, airport, travel to syria, traveling to syria, travelling to syria; arrested, arrest, arrests, detained, stopped, turned back, before they could leave, arrested before, pre-emptive; not: turkish-syrian border, syrian-turkish border',
    'cut-financing':
      'financing, finances, financial, funding, money, oil, revenue, revenues, cash, lifeblood, funds, economic infrastructure; choke, choking, cut off, cutting, targeting, destroyed, sanctions, sell, smuggling, black market, losing, payments, paid, paying, in charge of, production',
    'media-apparatus':
      'propaganda, dabiq, amaq, aamaq, rumiyah, magazine, media wing, propaganda films, new video, video showing, video purporting, purporting to show, purportedly showing, graphic video; released, posted, posted online, published, shows, showing, issue, edition, propagate, watched, spread, online',
    'cyber-terrorism':
      'cyber attack, cyber attacks, cybercrime, ransomware, hacking, hacked, hackers; jihadist hackers, cyber caliphate, terrorists, raise money, raise funds',
    'electronic-jihad':
      'electronic jihad, cyber jihad, jihadist forums, hacking manuals, hacking tools, jihadist hackers group, online jihad, virtual caliphate',
    'online-recruitment':
      'recruit, recruits, recruitment, recruiting, recruited, radicalised, radicalized, lure; online, internet, social media, twitter, facebook, site, telegram, web, chat rooms',
    'minniti-platforms':
      'twitter, facebook, google, youtube, apple, tech companies, tech industry, silicon valley, platforms, alphabet, minniti; accounts, shut down, take down, takes down, takedowns, extremist content, content, remove, removal, suspended, police, monitoring, hate speech, terrorism-related; not: follow us, like us, share on, share this, subscribe',
    'counter-measures':
      'program, programs, programme, outreach, counter-narrative, cyber bombs, electronic techniques, cyber attack techniques, efforts to counter, initiative, prevention, counter-extremism; extremism, radicalization, radicalisation, recruiting, disrupt, degrade, at risk, steer, derail; not: counter-terrorism service, counter-terrorism forces',
    'deradicalise-returnees':
      'returning, returned, return, returnees, returnee, came back, come back, crossed back, rehabilitate, rehabilitation, deradicalization, deradicalisation, deradicalise; foreign fighters, from syria, from iraq, fighting for, fought with, fighting with, jihadism, lone wolf, lone wolves, cells, program, to europe, to britain, left to fight',
    'far-from-dead':
      'far from dead, not dead, broader appeal, global reach, terrorism capability, remains capable, still capable, territorial losses, old mirage',
  },
  aliases: {
    'islamic-state': 'islamic state, isis, isil, daesh, daish',
    caliphate: 'caliphate',
    jihad: 'jihad, jihadist, jihadists, jihadism',
    raqqa: 'raqqa, raqqah, rakka',
    mosul: 'mosul',
    'kurdish-forces':
      'kurdish forces, kurdish fighters, kurdish contingent, syrian democratic forces, ypg, peshmerga',
    'western-coalition':
      'western coalition, us-led coalition, international coalition, global coalition, anti-isis coalition',
    libya: 'libya',
    gaddafi: 'gaddafi, qaddafi, kadhafi',
    'migrant-boats': 'migrant boats, migrant boat, refugee boats',
    'foreign-fighters': 'foreign fighters, foreign fighter',
    'lone-wolves': 'lone wolf, lone wolves, lone-wolf',
    'small-cells': 'small cells, terror cell, terrorist cell, sleeper cells',
    'marco-minniti': 'marco minniti, minniti',
    'electronic-jihad': 'electronic jihad, cyber jihad, cyber-jihad',
    'cyber-terrorism': 'cyber-terrorism, cyberterrorism, cyber terrorism',
    radicalisation: 'radicalisation, radicalization, radicalise, radicalize, radicalised, radicalized',
    deradicalisation:
      'deradicalisation, deradicalization, deradicalise, deradicalize, de-radicalisation, de-radicalization',
    'terrorist-financing':
      'terrorist financing, terror financing, terrorist funding, terrorist funds, financing of terrorism',
  },
};
